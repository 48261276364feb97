using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Commands;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Tests.Integration;

public sealed class FirstSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OneTimePassword_MustBeChangedAtFirstSignIn()
    {
        const string email = "new.admin@district.example";
        const string oneTime = "one-time-password-123";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.Equal(0, await PortalCommands.CreateAdminAsync(users, email, oneTime, mustChange: true));
        }
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // The authenticator comes first (nothing in /admin opens without it), then the new password.
        Assert.Equal("/admin/account/password", await client.SignInAsync(email, oneTime));

        var mismatch = await client.PostFormAsync("/admin/account/password", "/admin/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = oneTime, ["NewPassword"] = "a new long passphrase", ["ConfirmPassword"] = "something else entirely",
        });
        Assert.Contains("Die beiden Passwörter stimmen nicht überein.", await mismatch.Content.ReadAsStringAsync());

        var changed = await client.PostFormAsync("/admin/account/password", "/admin/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = oneTime, ["NewPassword"] = "a new long passphrase", ["ConfirmPassword"] = "a new long passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var check = factory.Services.CreateScope();
        var user = await check.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        Assert.False(user!.MustChangePassword);
    }
}
