using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Tests.Integration;

/// <summary>
/// Four-eyes publishing per district: with the setting on, an editor's publish only submits, and a second person
/// publishes. Werra-Meißner has it on in these tests, Holzminden keeps it off, Cloppenburg is switched by the admin.
/// </summary>
public sealed class FourEyesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string FirstEditor = "werra-meissner@demo.example";
    private const string Admin = "admin@demo.example";

    private Task<int> DistrictIdAsync(string slug) => factory.WithDbAsync(db => db.Districts.Where(d => d.Slug == slug).Select(d => d.Id).SingleAsync());

    private Task<bool> RequiresSecondApprovalAsync(string slug) =>
        factory.WithDbAsync(db => db.Districts.Where(d => d.Slug == slug).Select(d => d.RequiresSecondApproval).SingleAsync());

    /// <summary>Turns four-eyes publishing on for the district and returns one of its offers, set back to an unsubmitted draft.</summary>
    private Task<Offer> DraftOfferAsync(string slug, bool fourEyes, int skip) => factory.WithDbAsync(async db =>
    {
        var district = await db.Districts.SingleAsync(d => d.Slug == slug);
        district.RequiresSecondApproval = fourEyes;
        var offer = await db.Offers.Where(o => o.DistrictId == district.Id).OrderBy(o => o.Id).Skip(skip).FirstAsync();
        offer.Status = OfferStatus.Draft;
        offer.SubmittedBy = null;
        offer.SubmittedAtUtc = null;
        await db.SaveChangesAsync();
        return offer;
    });

    private Task<Offer> OfferAsync(int id) => factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));

    private static Task<HttpResponseMessage> SetStatusAsync(HttpClient client, string kind, int id, OfferStatus status) =>
        client.PostFormAsync($"/admin/{kind}/{id}/status", $"/admin/{kind}/{id}/edit", new Dictionary<string, string> { ["status"] = status.ToString() });

    /// <summary>A second DistrictEditor of the district, without two-factor yet: signing in enrols the authenticator.</summary>
    private async Task<HttpClient> SecondEditorAsync(string slug)
    {
        var email = $"zweite-{slug}-{Guid.NewGuid():N}@demo.example";
        var districtId = await DistrictIdAsync(slug);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Zweite Redakteurin" };
            Assert.True((await users.CreateAsync(user, Web.Data.Seed.DemoAccountSeeder.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.DistrictEditor)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.PortalDbContext>();
            db.DistrictMemberships.Add(new DistrictMembership { UserId = user.Id, DistrictId = districtId });
            await db.SaveChangesAsync();
        }
        return await factory.SignedInClientAsync(email);
    }

    [Fact]
    public async Task Publish_Offer_SecondApprovalOff_PublishesAtOnce()
    {
        var offer = await DraftOfferAsync("holzminden", fourEyes: false, skip: 0);
        var client = await factory.SignedInClientAsync("holzminden@demo.example");

        var response = await SetStatusAsync(client, "offers", offer.Id, OfferStatus.Published);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await OfferAsync(offer.Id);
        Assert.Equal((OfferStatus.Published, null), (after.Status, after.SubmittedBy));
        await factory.CreateClient().GetPageAsync($"/de/offers/{offer.Id}");
    }

    [Fact]
    public async Task Publish_Offer_SecondApprovalOn_FirstEditorSubmits_CannotPublishOwnSubmission_SecondEditorPublishes()
    {
        var offer = await DraftOfferAsync("werra-meissner", fourEyes: true, skip: 0);
        var first = await factory.SignedInClientAsync(FirstEditor);

        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(first, "offers", offer.Id, OfferStatus.Published)).StatusCode);
        var submitted = await OfferAsync(offer.Id);
        Assert.Equal((OfferStatus.Draft, FirstEditor), (submitted.Status, submitted.SubmittedBy));
        Assert.NotNull(submitted.SubmittedAtUtc);
        Assert.Contains("Zur Veröffentlichung eingereicht", await first.GetPageAsync($"/admin/offers/{offer.Id}/edit"));
        await factory.CreateClient().GetPageAsync($"/de/offers/{offer.Id}", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(first, "offers", offer.Id, OfferStatus.Published)).StatusCode);
        var page = await first.GetPageAsync($"/admin/offers/{offer.Id}/edit");
        Assert.Contains("Sie haben diesen Eintrag selbst eingereicht", page);
        Assert.DoesNotContain("name=\"status\" value=\"Published\"", page);
        var unchanged = await OfferAsync(offer.Id);
        Assert.Equal((OfferStatus.Draft, FirstEditor, submitted.Version), (unchanged.Status, unchanged.SubmittedBy, unchanged.Version));

        var second = await SecondEditorAsync("werra-meissner");
        var secondPage = await second.GetPageAsync($"/admin/offers/{offer.Id}/edit");
        Assert.Contains($"Eingereicht von {FirstEditor}", secondPage);
        Assert.Contains("name=\"status\" value=\"Published\"", secondPage);
        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(second, "offers", offer.Id, OfferStatus.Published)).StatusCode);
        var published = await OfferAsync(offer.Id);
        Assert.Equal((OfferStatus.Published, null, null), (published.Status, published.SubmittedBy, published.SubmittedAtUtc));
        await factory.CreateClient().GetPageAsync($"/de/offers/{offer.Id}");
    }

    [Fact]
    public async Task Withdraw_SubmittedOffer_ClearsTheSubmission()
    {
        var offer = await DraftOfferAsync("werra-meissner", fourEyes: true, skip: 1);
        var client = await factory.SignedInClientAsync(FirstEditor);
        await SetStatusAsync(client, "offers", offer.Id, OfferStatus.Published);
        Assert.Equal(FirstEditor, (await OfferAsync(offer.Id)).SubmittedBy);

        await SetStatusAsync(client, "offers", offer.Id, OfferStatus.Draft);

        var after = await OfferAsync(offer.Id);
        Assert.Equal((OfferStatus.Draft, null, null), (after.Status, after.SubmittedBy, after.SubmittedAtUtc));
    }

    [Fact]
    public async Task Publish_Story_SecondApprovalOn_EditorSubmits_PortalAdminPublishes()
    {
        var story = await factory.WithDbAsync(async db =>
        {
            var s = await db.Stories.Include(x => x.District).SingleAsync(x => x.IsSample && x.District!.Slug == "werra-meissner");
            s.District!.RequiresSecondApproval = true;
            s.Status = OfferStatus.Draft;
            await db.SaveChangesAsync();
            return s;
        });
        var editor = await factory.SignedInClientAsync(FirstEditor);

        await SetStatusAsync(editor, "stories", story.Id, OfferStatus.Published);
        var submitted = await factory.WithDbAsync(db => db.Stories.AsNoTracking().SingleAsync(x => x.Id == story.Id));
        Assert.Equal((OfferStatus.Draft, FirstEditor), (submitted.Status, submitted.SubmittedBy));
        Assert.DoesNotContain($"/de/stories/{story.Id}/", await factory.CreateClient().GetPageAsync("/de/stories"));

        await SetStatusAsync(await factory.SignedInClientAsync(Admin), "stories", story.Id, OfferStatus.Published);
        var published = await factory.WithDbAsync(db => db.Stories.AsNoTracking().SingleAsync(x => x.Id == story.Id));
        Assert.Equal((OfferStatus.Published, null), (published.Status, published.SubmittedBy));
        Assert.Contains($"/de/stories/{story.Id}/", await factory.CreateClient().GetPageAsync("/de/stories"));
    }

    [Fact]
    public async Task Post_DistrictProfile_DistrictEditor_CannotSwitchSecondApproval_PortalAdminCan()
    {
        var holzminden = await DistrictIdAsync("holzminden");
        var editor = await factory.SignedInClientAsync("holzminden@demo.example");
        Assert.DoesNotContain("Input.RequiresSecondApproval", await editor.GetPageAsync($"/admin/districts/{holzminden}/edit"));
        var form = await Forms.ReadAsync(editor, $"/admin/districts/{holzminden}/edit", $"/admin/districts/{holzminden}/edit");

        var response = await form.PostAsync(editor, ("Input.RequiresSecondApproval", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await RequiresSecondApprovalAsync("holzminden"));

        var cloppenburg = await DistrictIdAsync("cloppenburg");
        var admin = await factory.SignedInClientAsync(Admin);
        var adminForm = await Forms.ReadAsync(admin, $"/admin/districts/{cloppenburg}/edit", $"/admin/districts/{cloppenburg}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await adminForm.Set("Input.RequiresSecondApproval", "true").PostAsync(admin)).StatusCode);
        Assert.True(await RequiresSecondApprovalAsync("cloppenburg"));
        Assert.Contains("checked", (await admin.GetPageAsync($"/admin/districts/{cloppenburg}/edit")).Split("Input_RequiresSecondApproval")[1]);
    }
}
