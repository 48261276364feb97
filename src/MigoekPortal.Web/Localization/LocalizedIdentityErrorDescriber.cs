using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MigoekPortal.Web.Localization;

/// <summary>Identity's messages in the visitor's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> s) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), s["Identity.DefaultError"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), s["Identity.PasswordMismatch"]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), s["Identity.PasswordTooShort", length]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), s["Validation.Email"]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), s["Identity.DuplicateEmail"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), s["Identity.DuplicateEmail"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
