using System.Text;
using System.Text.RegularExpressions;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Browser;

/// <summary>A new editor's whole way in: invitation e-mail, password, authenticator, and signing in again.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffInvitationFlowTests(LiveServer server)
{
    [BrowserFact]
    public async Task InvitedEditor_SetsPassword_EnrolsAuthenticator_AndSignsInAgain()
    {
        const string email = "browser.editor@district.example";
        const string password = "a browser-tested passphrase";
        await InviteAsync(email);

        var link = LinkPattern().Match(server.Factory.NewestMailTo(email) ?? "").Value;
        Assert.NotEmpty(link);
        var page = await server.NewPhonePageAsync();
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.FillAsync("#NewPassword", password);
        await page.FillAsync("#ConfirmPassword", password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/admin/account/two-factor/setup");

        var key = await page.InnerTextAsync("#shared-key");
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("main button[type=submit]");
        Assert.Equal(10, await page.Locator(".recovery-codes li").CountAsync());
        await page.ClickAsync("main a.button");
        await page.WaitForURLAsync("**/admin");

        await page.EvaluateAsync("() => document.querySelector(\"form[action='/admin/account/logout']\").submit()");
        await page.WaitForURLAsync("**/admin/account/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/admin/account/two-factor");
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/admin");
        Assert.Equal(200, (await page.ReloadAsync())?.Status);
    }

    /// <summary>A PortalAdmin invites a new district editor through the staff page.</summary>
    private async Task InviteAsync(string email)
    {
        var admin = await server.NewPhonePageAsync();
        await LiveServer.SignInAsync(admin, "admin@demo.example");
        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#Invite_Email", email);
        await admin.CheckAsync("input[name='Invite.Roles'][value=DistrictEditor]");
        await admin.ClickAsync("form[action='/admin/users/invite'] button[type=submit]");
        await admin.WaitForSelectorAsync("p.success");
        await admin.Context.CloseAsync();
    }

    public static TheoryData<string> AllCultures() => [.. Cultures.All];

    /// <summary>
    /// The pages of the way in (invitation, authenticator enrolment, recovery codes, the code at sign-in, password reset)
    /// pass the sweep's checks in every language; they are reached by forms, so the address sweep cannot visit them.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(AllCultures))]
    public async Task AccountPages_PassAxeAndFitAPhone(string culture)
    {
        var email = $"sweep.{culture}@district.example";
        const string password = "a swept long passphrase";
        await InviteAsync(email);

        var problems = new StringBuilder();
        var page = await server.NewPhonePageAsync(culture);
        await SweepTests.TrackCspViolationsAsync(page, problems);
        await page.GotoAsync(new Uri(LinkPattern().Match(server.Factory.NewestMailTo(email) ?? "").Value).PathAndQuery);
        await SweepTests.CheckCurrentPageAsync(page, "invitation", culture, problems);
        await page.FillAsync("#NewPassword", password);
        await page.FillAsync("#ConfirmPassword", password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/admin/account/two-factor/setup");
        await SweepTests.CheckCurrentPageAsync(page, "two-factor setup", culture, problems);
        var key = await page.InnerTextAsync("#shared-key");
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync(".recovery-codes li");
        await SweepTests.CheckCurrentPageAsync(page, "recovery codes", culture, problems);
        await page.EvaluateAsync("() => document.querySelector(\"form[action='/admin/account/logout']\").submit()");
        await page.WaitForURLAsync("**/admin/account/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/admin/account/two-factor");
        await SweepTests.CheckCurrentPageAsync(page, "two-factor code", culture, problems);
        await page.GotoAsync("/admin/account/forgot");
        await page.FillAsync("#Email", email);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForLoadStateAsync();
        await SweepTests.CheckCurrentPageAsync(page, "forgot, sent", culture, problems);
        await page.GotoAsync(new Uri(ResetPattern().Match(server.Factory.NewestMailTo(email) ?? "").Value).PathAndQuery);
        await SweepTests.CheckCurrentPageAsync(page, "reset", culture, problems);
        Assert.True(problems.Length == 0, problems.ToString());
    }

    [GeneratedRegex(@"https?://\S+/admin/account/reset\?\S+")]
    private static partial Regex ResetPattern();

    [GeneratedRegex(@"https?://\S+/admin/account/invitation\?\S+")]
    private static partial Regex LinkPattern();
}
