using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Tests.Integration;

/// <summary>Invitations, password reset, the required authenticator, disabling and the last PortalAdmin.</summary>
public sealed partial class StaffAccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@demo.example";
    private const string NewPassword = "a long new passphrase";

    private async Task<PortalUser> CreateUserAsync(string email, string? password = NewPassword)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.DistrictEditor)).Succeeded);
        return user;
    }

    private async Task<PortalUser?> FindAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
    }

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, int? districtId = null)
    {
        var form = new List<KeyValuePair<string, string>> { new("Invite.Email", email), new("Invite.Roles", Roles.DistrictEditor) };
        if (districtId is not null) form.Add(new("Invite.DistrictIds", districtId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return await admin.PostFormAsync("/admin/users/invite", "/admin/users", form);
    }

    private static string LinkIn(string? mail) => LinkPattern().Match(mail ?? "").Value is { Length: > 0 } link
        ? new Uri(link).PathAndQuery : throw new InvalidOperationException("No link in the e-mail.");

    [Fact]
    public async Task Invitation_SetsPassword_ThenRequiresAuthenticator_ThenOpensAdmin()
    {
        const string email = "invited.editor@district.example";
        var admin = await factory.SignedInClientAsync(Admin);
        var holzminden = await factory.WithDbAsync(db => Task.FromResult(db.Districts.Single(d => d.Slug == "holzminden").Id));
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(admin, email, holzminden)).StatusCode);
        Assert.Contains(email, await admin.GetPageAsync("/admin/users"));

        var link = LinkIn(factory.NewestMailTo(email));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var accepted = await client.PostFormAsync("/admin/account/invitation", link, NewPasswordForm(link));
        Assert.Equal("/admin/account/two-factor/setup", accepted.Headers.Location?.OriginalString);
        // Password set, authenticator not yet: the staff area stays shut.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        var setup = await client.GetPageAsync("/admin/account/two-factor/setup");
        Assert.Contains("<svg", setup);
        var enrolled = await client.PostFormAsync("/admin/account/two-factor/setup", "/admin/account/two-factor/setup",
            new Dictionary<string, string> { ["Code"] = Totp.Code(Html.SharedKey(setup)) });
        Assert.Equal(10, RecoveryCodePattern().Count(await enrolled.Content.ReadAsStringAsync()));
        Assert.Contains("Landkreis Holzminden", await client.GetPageAsync("/admin"));

        // The link works once.
        Assert.Contains("nicht mehr gültig", await factory.CreateClient().GetPageAsync(link));
    }

    [Fact]
    public async Task Invitation_AfterItsLifetime_IsRefused()
    {
        const string email = "late.editor@district.example";
        await using var shortLived = factory.WithWebHostBuilder(b => b.UseSetting("Invitations:Lifetime", "00:00:01"));
        var admin = shortLived.CreateClient(new() { AllowAutoRedirect = false });
        await admin.SignInAsync(Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(admin, email)).StatusCode);
        var link = LinkIn(factory.NewestMailTo(email));
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var client = shortLived.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Contains("nicht mehr gültig", await client.GetPageAsync(link));
        await client.PostFormAsync("/admin/account/invitation", "/admin/account/login", NewPasswordForm(link));
        Assert.Null((await FindAsync(email))!.PasswordHash);
    }

    [Fact]
    public async Task PasswordReset_SameAnswerForUnknownAddress_AndLinkSetsNewPassword()
    {
        const string email = "forgetful@district.example";
        await CreateUserAsync(email, "the old long passphrase");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var unknown = await client.PostFormAsync("/admin/account/forgot", "/admin/account/forgot", new Dictionary<string, string> { ["Email"] = "nobody@district.example" });
        var known = await client.PostFormAsync("/admin/account/forgot", "/admin/account/forgot", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(unknown.Headers.Location, known.Headers.Location);
        Assert.Null(factory.NewestMailTo("nobody@district.example"));

        var link = LinkIn(factory.NewestMailTo(email));
        var reset = await client.PostFormAsync("/admin/account/reset", link, NewPasswordForm(link));
        Assert.Equal("/admin/account/login", reset.Headers.Location?.OriginalString);
        Assert.Equal("/admin", await factory.CreateClient(new() { AllowAutoRedirect = false }).SignInAsync(email, NewPassword));
    }

    [Fact]
    public async Task PasswordResetLink_UsesTheConfiguredPublicAddress_NotTheRequestsHost()
    {
        const string email = "behind.proxy@district.example";
        await CreateUserAsync(email, "the old long passphrase");
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Portal:BaseUrl", "https://gruenden.example.de/"));
        var client = configured.CreateClient(new() { AllowAutoRedirect = false });
        var token = Html.AntiforgeryToken(await (await client.GetAsync("/admin/account/forgot")).Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/account/forgot")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Host = "attacker.example";
        await client.SendAsync(post);
        var mail = factory.NewestMailTo(email)!;
        Assert.Contains("https://gruenden.example.de/admin/account/reset?userId=", mail);
        Assert.DoesNotContain("attacker.example", mail);
    }

    [Fact]
    public async Task WrongAuthenticatorCodes_LockTheAccount_AndRecoveryCodeWorksOnce()
    {
        const string email = "phone.lost@district.example";
        await CreateUserAsync(email);
        var codes = RecoveryCodePattern().Matches(await EnrolAsync(email)).Select(m => m.Groups[1].Value).ToList();

        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await PasswordAsync(client, email);
        var recovered = await client.PostFormAsync("/admin/account/two-factor", "/admin/account/two-factor",
            new Dictionary<string, string> { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });
        Assert.Equal("/admin", recovered.Headers.Location?.OriginalString);

        var again = factory.CreateClient(new() { AllowAutoRedirect = false });
        await PasswordAsync(again, email);
        var reused = await again.PostFormAsync("/admin/account/two-factor", "/admin/account/two-factor",
            new Dictionary<string, string> { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        for (var i = 0; i < 5; i++)
        {
            await again.PostFormAsync("/admin/account/two-factor", "/admin/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" });
        }
        Assert.True(await IsLockedOutAsync(email));
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn_AndItsOpenSessionEnds()
    {
        const string email = "leaving@district.example";
        var user = await CreateUserAsync(email);
        await using var strict = factory.WithWebHostBuilder(b => b.UseSetting("Accounts:SecurityStampValidationInterval", "00:00:00"));
        var session = strict.CreateClient(new() { AllowAutoRedirect = false });
        await session.SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        var admin = strict.CreateClient(new() { AllowAutoRedirect = false });
        await admin.SignInAsync(Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{user.Id}/disable", "/admin/users", [])).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).StatusCode);
        var login = await strict.CreateClient().PostFormAsync("/admin/account/login", "/admin/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = NewPassword });
        Assert.Contains("deaktiviert", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminResetsTwoFactor_NextSignInAsksToEnrolAgain()
    {
        const string email = "new.phone@district.example";
        var user = await CreateUserAsync(email);
        await EnrolAsync(email);
        var admin = await factory.SignedInClientAsync(Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{user.Id}/reset-two-factor", "/admin/users", [])).StatusCode);

        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var login = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = NewPassword });
        Assert.Equal("/admin/account/two-factor/setup", login.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LastPortalAdmin_CannotDisableThemselves_OrDropTheirRole()
    {
        var admin = await factory.SignedInClientAsync(Admin);
        var me = (await FindAsync(Admin))!;
        var disable = await admin.PostFormAsync($"/admin/users/{me.Id}/disable", "/admin/users", []);
        Assert.Equal($"/admin/users/{me.Id}/edit", disable.Headers.Location?.OriginalString);
        Assert.Contains("letzte aktive Konto", await admin.GetPageAsync($"/admin/users/{me.Id}/edit"));
        await admin.PostFormAsync($"/admin/users/{me.Id}/edit", "/admin/users", new Dictionary<string, string> { ["Roles"] = Roles.DistrictEditor });

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var fresh = (await users.FindByEmailAsync(Admin))!;
        Assert.True(await users.IsInRoleAsync(fresh, Roles.PortalAdmin));
        Assert.Null(fresh.LockoutEnd);
    }

    [Fact]
    public async Task UsersPages_NonAdmin_GetAndPost_ReturnForbidden()
    {
        var editor = await factory.SignedInClientAsync("cloppenburg@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/users")).StatusCode);
        var token = Html.AntiforgeryToken(await editor.GetPageAsync("/admin"));
        var invite = await editor.PostAsync("/admin/users/invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Invite.Email"] = "sneaky@district.example", ["Invite.Roles"] = Roles.PortalAdmin, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Null(await FindAsync("sneaky@district.example"));
        var me = (await FindAsync("cloppenburg@demo.example"))!;
        var edit = await editor.PostAsync($"/admin/users/{me.Id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Roles"] = Roles.PortalAdmin, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task SignIn_OverTheLimit_Returns429WithFriendlyPage()
    {
        await using var strict = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:AccountPerMinute", "3"));
        var client = strict.CreateClient(new() { AllowAutoRedirect = false });
        var token = Html.AntiforgeryToken(await client.GetPageAsync("/admin/account/login"));
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsync("/admin/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "nobody@district.example", ["Password"] = "wrong-password-" + i, ["__RequestVerificationToken"] = token,
            }));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Contains("Zu viele Versuche", await last.Content.ReadAsStringAsync());
    }

    private async Task<string> EnrolAsync(string email)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await PasswordAsync(client, email);
        var setup = await client.GetPageAsync("/admin/account/two-factor/setup");
        var enrolled = await client.PostFormAsync("/admin/account/two-factor/setup", "/admin/account/two-factor/setup",
            new Dictionary<string, string> { ["Code"] = Totp.Code(Html.SharedKey(setup)) });
        return await enrolled.Content.ReadAsStringAsync();
    }

    private static async Task PasswordAsync(HttpClient client, string email) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = NewPassword })).StatusCode);

    private async Task<bool> IsLockedOutAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!);
    }

    private static Dictionary<string, string> NewPasswordForm(string link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        return new() { ["UserId"] = query["userId"]!, ["Token"] = query["token"]!, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword };
    }

    [GeneratedRegex(@"https?://\S+/admin/account/(invitation|reset)\?\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
