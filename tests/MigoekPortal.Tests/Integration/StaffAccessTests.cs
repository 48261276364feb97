using System.Net;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Tests.Integration;

public sealed class StaffAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<District> DistrictAsync(string slug) =>
        factory.WithDbAsync(db => db.Districts.AsNoTracking().SingleAsync(d => d.Slug == slug));

    private static Dictionary<string, string> ProfileForm(District d, string phone) => new()
    {
        ["Input.OfficeName"] = d.Office.Name ?? "",
        ["Input.Street"] = d.Office.Street ?? "",
        ["Input.PostalCode"] = d.Office.PostalCode ?? "",
        ["Input.City"] = d.Office.City ?? "",
        ["Input.Phone"] = phone,
        ["Input.Email"] = d.Office.Email ?? "",
        ["Input.Website"] = d.Office.Website ?? "",
        ["Input.Version"] = d.Version.ToString(),
    };

    [Fact]
    public async Task Get_Admin_Anonymous_RedirectsToLogin()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/account/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Dashboard_DistrictEditor_SeesOnlyOwnDistrict()
    {
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var html = await client.GetPageAsync("/admin");
        Assert.Contains("<h2 lang=\"de\">Landkreis Holzminden</h2>", html);
        Assert.DoesNotContain("<h2 lang=\"de\">Landkreis Cloppenburg</h2>", html);
        Assert.DoesNotContain("<h2 lang=\"de\">Werra-Meißner-Kreis</h2>", html);
    }

    [Fact]
    public async Task Dashboard_PortalAdmin_SeesAllDistrictsAndFlagsMissingContactData()
    {
        var client = await factory.SignedInClientAsync("admin@demo.example");
        var html = await client.GetPageAsync("/admin");
        Assert.Contains("<h2 lang=\"de\">Landkreis Holzminden</h2>", html);
        Assert.Contains("<h2 lang=\"de\">Landkreis Cloppenburg</h2>", html);
        Assert.Contains("<h2 lang=\"de\">Werra-Meißner-Kreis</h2>", html);
        Assert.Contains("class=\"flag\"", html);
    }

    [Fact]
    public async Task Get_EditOffer_OtherDistrict_ReturnsForbidden()
    {
        var cloppenburg = await DistrictAsync("cloppenburg");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var response = await client.GetAsync($"/admin/districts/{cloppenburg.Id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("lang=\"de\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_EditProfile_OtherDistrict_HandMade_ReturnsForbiddenAndChangesNothing()
    {
        var cloppenburg = await DistrictAsync("cloppenburg");
        var holzminden = await DistrictAsync("holzminden");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");

        var response = await client.PostFormAsync($"/admin/districts/{cloppenburg.Id}/edit",
            $"/admin/districts/{holzminden.Id}/edit", ProfileForm(cloppenburg, "+49 30 1234567"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await DistrictAsync("cloppenburg");
        Assert.Equal(cloppenburg.Office.Phone, after.Office.Phone);
        Assert.Equal(cloppenburg.Version, after.Version);
    }

    [Fact]
    public async Task Post_EditProfile_OwnDistrict_SavesNormalizedPhoneAndStampsAudit()
    {
        var before = await DistrictAsync("werra-meissner");
        var client = await factory.SignedInClientAsync("werra-meissner@demo.example");
        var url = $"/admin/districts/{before.Id}/edit";

        var response = await client.PostFormAsync(url, url, ProfileForm(before, "05651 12345"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await DistrictAsync("werra-meissner");
        Assert.Equal("+49 5651 12345", after.Office.Phone);
        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal("werra-meissner@demo.example", after.UpdatedBy);
    }

    [Fact]
    public async Task Post_EditProfile_WithoutAntiforgeryToken_IsRejected()
    {
        var holzminden = await DistrictAsync("holzminden");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var response = await client.PostAsync($"/admin/districts/{holzminden.Id}/edit", new FormUrlEncodedContent(ProfileForm(holzminden, "05531 1")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_EditProfile_InvalidInput_ShowsMessagesAndKeepsData()
    {
        var before = await DistrictAsync("holzminden");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var url = $"/admin/districts/{before.Id}/edit";
        var form = ProfileForm(before, "not a number");
        form["Input.PostalCode"] = "1234";
        form["Input.Website"] = "javascript:alert(1)";

        var response = await client.PostFormAsync(url, url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Eine Postleitzahl hat fünf Ziffern.", html);
        Assert.Contains("Bitte geben Sie eine Telefonnummer mit Vorwahl ein", html);
        Assert.Contains("value=\"not a number\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal(before.Version, (await DistrictAsync("holzminden")).Version);
    }

    [Fact]
    public async Task Post_EditProfile_StaleForm_KeepsBothVersionsAndSecondSaveWins()
    {
        var admin = await factory.SignedInClientAsync("admin@demo.example");
        var stale = await DistrictAsync("cloppenburg");
        var url = $"/admin/districts/{stale.Id}/edit";
        await admin.PostFormAsync(url, url, ProfileForm(stale, "04471 111"));

        var conflict = await admin.PostFormAsync(url, url, ProfileForm(stale, "04471 222"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("value=\"04471 222\"", html);
        Assert.Contains("Zuletzt gespeichert: <span lang=\"de\">+49 4471 111</span>", WebUtility.HtmlDecode(html));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"conflict\""));
        Assert.Equal("+49 4471 111", (await DistrictAsync("cloppenburg")).Office.Phone);

        var newVersion = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var retry = ProfileForm(stale, "04471 222");
        retry["Input.Version"] = newVersion;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, url, retry)).StatusCode);
        Assert.Equal("+49 4471 222", (await DistrictAsync("cloppenburg")).Office.Phone);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccount()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        const string email = "cloppenburg@demo.example";
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
                new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong-password-" + i });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = MigoekPortal.Web.Data.Seed.DemoAccountSeeder.Password });

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("gesperrt", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_EmptyForm_ShowsLocalizedValidation()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dtr%7Cuic%3Dtr");
        var response = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"tr\"", html);
        Assert.DoesNotContain("Bitte füllen Sie", html);
        Assert.Contains("field-error", html);
    }

    [Fact]
    public async Task Get_Language_SetsStaffCultureAndRejectsUnknown()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var ok = await client.GetAsync("/admin/language?culture=ar&returnUrl=%2Fadmin%2Faccount%2Flogin");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/admin/account/login", ok.Headers.Location?.OriginalString);
        Assert.Contains(ok.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dar", StringComparison.Ordinal));

        var offsite = await client.GetAsync("/admin/language?culture=ar&returnUrl=https%3A%2F%2Fevil.example");
        Assert.Equal("/admin", offsite.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/admin/language?culture=xx")).StatusCode);
    }
}
