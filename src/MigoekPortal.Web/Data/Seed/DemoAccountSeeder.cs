using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Data.Seed;

/// <summary>Demo staff accounts for local development only; never created outside Development.</summary>
public sealed class DemoAccountSeeder(PortalDbContext db, UserManager<PortalUser> users, RoleManager<IdentityRole> roles)
{
    public const string Password = "Demo-Passwort-2026";

    /// <summary>
    /// The authenticator key (Base32) of every demo account, so people and tests can complete the required second
    /// step: add it to an authenticator app by hand. Development only, like the accounts themselves.
    /// </summary>
    public const string AuthenticatorKey = "MIGOEKDEMOKEYFORDEVELOPMENTONLY2";

    /// <summary>E-mail and district slug (null: PortalAdmin) of each demo account.</summary>
    public static readonly IReadOnlyList<(string Email, string? DistrictSlug)> Accounts =
    [
        ("admin@demo.example", null),
        ("cloppenburg@demo.example", "cloppenburg"),
        ("holzminden@demo.example", "holzminden"),
        ("werra-meissner@demo.example", "werra-meissner"),
    ];

    public async Task SeedAsync()
    {
        await EnsureRolesAsync(roles);
        foreach (var (email, slug) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is { } existing)
            {
                await EnsureAuthenticatorAsync(users, existing);
                continue;
            }
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, slug is null ? Roles.PortalAdmin : Roles.DistrictEditor));
            await EnsureAuthenticatorAsync(users, user);
            if (slug is null) continue;
            var district = await db.Districts.SingleAsync(d => d.Slug == slug);
            db.DistrictMemberships.Add(new DistrictMembership { UserId = user.Id, DistrictId = district.Id });
            await db.SaveChangesAsync();
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }
    }

    /// <summary>The key goes where Identity keeps it (the user store's own authentication token).</summary>
    private static async Task EnsureAuthenticatorAsync(UserManager<PortalUser> users, PortalUser user)
    {
        if (user.TwoFactorEnabled && await users.GetAuthenticatorKeyAsync(user) == AuthenticatorKey) return;
        Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
