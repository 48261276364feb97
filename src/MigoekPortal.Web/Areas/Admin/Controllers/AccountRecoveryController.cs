using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Accounts;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Infrastructure.Mail;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>Passwords set through an e-mailed link: "forgot password" and accepting an invitation.</summary>
[Area("Admin"), Route("/admin/account"), AllowAnonymous]
public sealed class AccountRecoveryController(UserManager<PortalUser> users, IMailSender mail, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("forgot")]
    public IActionResult Forgot() => View(new ForgotPasswordInput());

    /// <summary>The same answer whether or not the address has an account, so the page tells nobody who works here.</summary>
    [HttpPost("forgot"), EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> Forgot(ForgotPasswordInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(input);
        var user = await users.FindByEmailAsync(input.Email);
        if (user is { PasswordHash: not null } && !StaffAccounts.IsDisabled(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            await mail.SendAsync(input.Email, s["Reset.MailSubject"], s["Reset.MailText", Link("reset", user.Id, token)], ct: ct);
        }
        TempData["Status"] = s["Reset.Sent"].Value;
        return LocalRedirect("/admin/account/login");
    }

    [HttpGet("reset")]
    public IActionResult Reset(string userId, string token) => View("NewPassword", NewPassword(userId, token, "reset"));

    [HttpPost("reset"), EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> Reset(NewPasswordInput input)
    {
        if (!ModelState.IsValid) return View("NewPassword", Keep(input, "reset"));
        var user = await users.FindByIdAsync(input.UserId);
        var result = user is null ? IdentityResult.Failed(new IdentityError { Description = s["Reset.LinkInvalid"] })
            : await users.ResetPasswordAsync(user, input.Token, input.NewPassword);
        foreach (var error in result.Errors) ModelState.AddModelError("", error.Code == "InvalidToken" ? s["Reset.LinkInvalid"] : error.Description);
        if (!result.Succeeded) return View("NewPassword", Keep(input, "reset"));
        TempData["Status"] = s["Reset.Done"].Value;
        return LocalRedirect("/admin/account/login");
    }

    [HttpGet("invitation")]
    public async Task<IActionResult> Invitation(string userId, string token) =>
        await InvitedUserAsync(userId, token) is null
            ? View("LinkExpired")
            : View("NewPassword", NewPassword(userId, token, "invitation"));

    /// <summary>Sets the first password, then goes straight on to setting up the authenticator.</summary>
    [HttpPost("invitation"), EnableRateLimiting(AccountRateLimits.Policy)]
    public async Task<IActionResult> Invitation(NewPasswordInput input)
    {
        var user = await InvitedUserAsync(input.UserId, input.Token);
        if (user is null) return View("LinkExpired");
        if (!ModelState.IsValid) return View("NewPassword", Keep(input, "invitation"));
        var result = await users.AddPasswordAsync(user, input.NewPassword);
        foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
        if (!result.Succeeded) return View("NewPassword", Keep(input, "invitation"));
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await StaffAccounts.RememberPasswordPassedAsync(HttpContext, user);
        return LocalRedirect("/admin/account/two-factor/setup");
    }

    /// <summary>The invited account, if the link is still valid: not expired, not used (a password changes the stamp), not disabled.</summary>
    private async Task<PortalUser?> InvitedUserAsync(string? userId, string? token)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || user.PasswordHash is not null || StaffAccounts.IsDisabled(user) || string.IsNullOrEmpty(token)) return null;
        return await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token) ? user : null;
    }

    private string Link(string action, string userId, string token) =>
        $"{Infrastructure.PublicOrigin.Of(Request)}/admin/account/{action}?userId={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    private NewPasswordInput NewPassword(string userId, string token, string action)
    {
        ViewData["Action"] = action;
        return new NewPasswordInput { UserId = userId, Token = token };
    }

    private NewPasswordInput Keep(NewPasswordInput input, string action)
    {
        ViewData["Action"] = action;
        return input;
    }
}
