using System.Text.RegularExpressions;

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
        var admin = await server.NewPhonePageAsync();
        await LiveServer.SignInAsync(admin, "admin@demo.example");
        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#Invite_Email", email);
        await admin.CheckAsync("input[name='Invite.Roles'][value=DistrictEditor]");
        await admin.ClickAsync("form[action='/admin/users/invite'] button[type=submit]");
        await admin.WaitForSelectorAsync("p.success");

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

    [GeneratedRegex(@"https?://\S+/admin/account/invitation\?\S+")]
    private static partial Regex LinkPattern();
}
