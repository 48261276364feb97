namespace MigoekPortal.Web.Domain.Offers;

/// <summary>A contact at an organisation by role ("Gründungsberatung", "Anerkennungsberatung"), never a guessed person.</summary>
public sealed class OrganizationContact
{
    public int Id { get; set; }

    public required string Role { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
