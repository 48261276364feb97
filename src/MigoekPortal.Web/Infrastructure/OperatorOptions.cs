namespace MigoekPortal.Web.Infrastructure;

/// <summary>
/// Who runs this installation of the portal: shown in the Impressum, the privacy and accessibility
/// statements. Configured per installation (section <c>Operator</c>); empty until configured.
/// </summary>
public sealed class OperatorOptions
{
    public const string Section = "Operator";

    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? RepresentedBy { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The person or office responsible for content (§ 18 Abs. 2 MStV).</summary>
    public string? ResponsibleForContent { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Email);
}
