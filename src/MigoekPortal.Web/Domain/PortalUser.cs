using Microsoft.AspNetCore.Identity;

namespace MigoekPortal.Web.Domain;

public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>Set for accounts created with a one-time password: the next sign-in asks for a new one.</summary>
    public bool MustChangePassword { get; set; }

    public ICollection<DistrictMembership> DistrictMemberships { get; } = [];
}
