using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Accounts;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The second step of every staff sign-in: a code from an authenticator app (or a recovery code). Accounts without one
/// enrol here first; until then the user holds only Identity's short "password passed" cookie, which opens nothing in /admin.
/// </summary>
[Area("Admin"), Route("/admin/account/two-factor"), AllowAnonymous]
public sealed class TwoFactorController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Code(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LoginAgain() : View(new TwoFactorCodeInput { ReturnUrl = returnUrl });

    [HttpPost(""), EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> Code(TwoFactorCodeInput input)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return LoginAgain();
        if (!ModelState.IsValid) return View(input);
        var result = input.UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(input.Code.Replace(" ", "", StringComparison.Ordinal))
            : await signIn.TwoFactorAuthenticatorSignInAsync(StaffAccounts.CleanCode(input.Code), isPersistent: false, rememberClient: false);
        if (result.IsLockedOut) ModelState.AddModelError("", s["Login.LockedOut"]);
        else if (!result.Succeeded) ModelState.AddModelError("", s["TwoFactor.WrongCode"]);
        if (!result.Succeeded) return View(input);
        if (user.MustChangePassword) return LocalRedirect("/admin/account/password");
        return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/admin");
    }

    [HttpGet("setup")]
    public async Task<IActionResult> Setup()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        return user is null || user.TwoFactorEnabled ? LoginAgain() : View(await SetupModelAsync(user, new TwoFactorSetupInput()));
    }

    [HttpPost("setup"), EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> Setup(TwoFactorSetupInput input)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled) return LoginAgain();
        if (!ModelState.IsValid) return View(await SetupModelAsync(user, input));
        if (await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError("", s["Login.LockedOut"]);
            return View(await SetupModelAsync(user, input));
        }
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, StaffAccounts.CleanCode(input.Code)))
        {
            // Wrong codes count towards the lockout like wrong passwords.
            await users.AccessFailedAsync(user);
            ModelState.AddModelError("", s["TwoFactor.WrongCode"]);
            return View(await SetupModelAsync(user, input));
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await users.ResetAccessFailedCountAsync(user);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new("amr", "mfa")]);
        // Shown once, here: the page is the only place they appear.
        return View("RecoveryCodes", new RecoveryCodesViewModel([.. codes], user.MustChangePassword ? "/admin/account/password" : "/admin"));
    }

    private async Task<TwoFactorSetupViewModel> SetupModelAsync(PortalUser user, TwoFactorSetupInput input)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        var uri = StaffAccounts.AuthenticatorUri(user.Email ?? "", key);
        return new TwoFactorSetupViewModel(StaffAccounts.FormatKey(key), Brochures.QrCodes.Svg(uri), input);
    }

    private LocalRedirectResult LoginAgain() => LocalRedirect("/admin/account/login");
}
