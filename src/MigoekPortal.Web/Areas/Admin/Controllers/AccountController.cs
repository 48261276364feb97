using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MigoekPortal.Web.Accounts;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

[Area("Admin"), Route("/admin")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("account/login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    /// <summary>The password is only the first step: every staff account then needs its authenticator code.</summary>
    [HttpPost("account/login"), AllowAnonymous, EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid) return View(input);
        var user = await users.FindByEmailAsync(input.Email);
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var message = user is not null && StaffAccounts.IsDisabled(user) ? "Account.Disabled" : result.IsLockedOut ? "Login.LockedOut" : "Login.Failed";
            ModelState.AddModelError("", s[message]);
            return View(input);
        }
        await StaffAccounts.RememberPasswordPassedAsync(HttpContext, user!);
        var returnUrl = Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : null;
        return LocalRedirect(!user!.TwoFactorEnabled ? "/admin/account/two-factor/setup"
            : returnUrl is null ? "/admin/account/two-factor" : "/admin/account/two-factor?returnUrl=" + Uri.EscapeDataString(returnUrl));
    }

    [HttpPost("account/logout"), Authorize]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/admin/account/login");
    }

    [HttpGet("account/password"), Authorize]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("account/password"), Authorize]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid) return View(input);
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (result.Succeeded && user.MustChangePassword)
        {
            user.MustChangePassword = false;
            result = await users.UpdateAsync(user);
        }
        foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
        if (!result.Succeeded) return View(input);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = s["Password.Changed"].Value;
        return LocalRedirect("/admin");
    }

    /// <summary>The staff area has no culture in its addresses; the chosen language is kept in a cookie.</summary>
    [HttpGet("language"), AllowAnonymous]
    public IActionResult Language(string culture, string? returnUrl)
    {
        if (!Cultures.IsSupported(culture)) return BadRequest();
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin");
    }
}
