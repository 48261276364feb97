namespace MigoekPortal.Web.Domain.Offers;

/// <summary>The offer's public contact (HSDS "contact"); every field may be empty.</summary>
public sealed class OfferContact
{
    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Web { get; set; }
}
