using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Accounts;

/// <summary>Small rules shared by sign-in, two-factor enrolment and the user administration.</summary>
public static class StaffAccounts
{
    /// <summary>A disabled account is locked out "forever"; lockout is what Identity already checks at sign-in.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(PortalUser user) => user.LockoutEnd?.Year >= 9999;

    /// <summary>
    /// Remembers who has given a correct password, without signing them in: the same cookie Identity uses between
    /// the password and the code, so <see cref="SignInManager{TUser}.GetTwoFactorAuthenticationUserAsync"/> finds them.
    /// </summary>
    public static Task RememberPasswordPassedAsync(HttpContext context, PortalUser user) =>
        context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme,
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id)], IdentityConstants.TwoFactorUserIdScheme)));

    /// <summary>The shared key in groups of four, easier to type into an app.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLower(CultureInfo.InvariantCulture);
    }

    public static string AuthenticatorUri(string email, string key) => string.Create(CultureInfo.InvariantCulture,
        $"otpauth://totp/{Uri.EscapeDataString("MIGOEK-Portal")}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString("MIGOEK-Portal")}&digits=6");

    /// <summary>Codes as typed: spaces and dashes removed.</summary>
    public static string CleanCode(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
