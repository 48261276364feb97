using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Accounts;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Infrastructure.Mail;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>Staff accounts: invitations by e-mail, roles, district assignments, disabling, resetting two-factor.</summary>
[Area("Admin"), Route("/admin/users"), Authorize(Policies.PortalAdmin)]
public sealed class UsersController(
    PortalDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IMailSender mail, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new UserListViewModel(await RowsAsync(null), await DistrictsAsync(), new InviteInput()));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite([Bind(Prefix = "Invite")] InviteInput input, CancellationToken ct)
    {
        input.Roles = [.. input.Roles.Intersect(Roles.All)];
        if (input.Roles.Count == 0) ModelState.AddModelError("Invite.Roles", s["Users.RoleRequired"]);
        if (ModelState.IsValid && await users.FindByEmailAsync(input.Email) is not null) ModelState.AddModelError("Invite.Email", s["Users.Exists"]);
        if (!ModelState.IsValid) return View(nameof(Index), new UserListViewModel(await RowsAsync(null), await DistrictsAsync(), input));
        var user = new PortalUser { UserName = input.Email, Email = input.Email, DisplayName = input.Email.Split('@')[0] };
        var created = await users.CreateAsync(user);
        if (created.Succeeded) created = await users.AddToRolesAsync(user, input.Roles);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await SetDistrictsAsync(user.Id, input.DistrictIds, ct);
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = $"{Infrastructure.PublicOrigin.Of(Request)}/admin/account/invitation?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        await mail.SendAsync(input.Email, s["Users.InvitationSubject"], s["Users.InvitationText", link, User.Identity?.Name ?? ""], ct: ct);
        TempData["Status"] = s["Users.Invited", input.Email].Value;
        return LocalRedirect("/admin/users");
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id) =>
        (await RowsAsync(id)) is [var row] ? View(new UserEditViewModel(row, await DistrictsAsync(), new StaffAccessInput())) : NotFound();

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, StaffAccessInput input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var roles = input.Roles.Intersect(Roles.All).ToList();
        if (!roles.Contains(Roles.PortalAdmin) && await IsLastAdminAsync(user)) return Refuse(id, "Users.LastAdmin");
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await SetDistrictsAsync(id, input.DistrictIds, ct);
        // Other sessions of this user pick up the new roles at the next validation; one's own session at once.
        await users.UpdateSecurityStampAsync(user);
        if (user.Id == users.GetUserId(User)) await signIn.RefreshSignInAsync(user);
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect("/admin/users");
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (await IsLastAdminAsync(user)) return Refuse(id, "Users.LastAdmin");
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, StaffAccounts.DisabledUntil);
        // A new stamp ends the account's open sessions at the next validation.
        await users.UpdateSecurityStampAsync(user);
        TempData["Status"] = s["Users.DisabledDone", user.Email ?? ""].Value;
        return LocalRedirect("/admin/users");
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Status"] = s["Users.EnabledDone", user.Email ?? ""].Value;
        return LocalRedirect("/admin/users");
    }

    /// <summary>For a lost phone: the next sign-in asks to set up the authenticator again.</summary>
    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        TempData["Status"] = s["Users.TwoFactorReset", user.Email ?? ""].Value;
        return LocalRedirect("/admin/users");
    }

    private LocalRedirectResult Refuse(string id, string message)
    {
        TempData["Status"] = s[message].Value;
        return LocalRedirect($"/admin/users/{id}/edit");
    }

    private async Task<bool> IsLastAdminAsync(PortalUser user) =>
        await users.IsInRoleAsync(user, Roles.PortalAdmin)
        && !(await users.GetUsersInRoleAsync(Roles.PortalAdmin)).Any(u => u.Id != user.Id && !StaffAccounts.IsDisabled(u));

    private async Task SetDistrictsAsync(string userId, IEnumerable<int> districtIds, CancellationToken ct)
    {
        var wanted = await db.Districts.Where(d => districtIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        db.DistrictMemberships.RemoveRange(await db.DistrictMemberships.Where(m => m.UserId == userId && !wanted.Contains(m.DistrictId)).ToListAsync(ct));
        var existing = await db.DistrictMemberships.Where(m => m.UserId == userId).Select(m => m.DistrictId).ToListAsync(ct);
        db.DistrictMemberships.AddRange(wanted.Except(existing).Select(d => new DistrictMembership { UserId = userId, DistrictId = d }));
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<DistrictChoice>> DistrictsAsync() =>
        await db.Districts.OrderBy(d => d.Name).Select(d => new DistrictChoice(d.Id, d.Name)).ToListAsync();

    private async Task<List<UserRow>> RowsAsync(string? id)
    {
        var accounts = await db.Users.Where(u => id == null || u.Id == id).OrderBy(u => u.Email).ToListAsync();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        var districts = await db.DistrictMemberships.Select(m => new { m.UserId, m.District!.Name }).ToListAsync();
        return [.. accounts.Select(u => new UserRow(u.Id, u.Email ?? "",
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order()],
            [.. districts.Where(d => d.UserId == u.Id).Select(d => d.Name).Order()],
            u.TwoFactorEnabled, StaffAccounts.IsDisabled(u), u.PasswordHash is null))];
    }
}
