namespace MigoekPortal.Web.Domain.Brochures;

/// <summary>
/// A district's brochure "Gründen im Landkreis …": the sections staff work on, and the editions published
/// from them. The public reads the newest edition; older editions stay available.
/// </summary>
public sealed class Brochure : IDistrictOwned
{
    public int Id { get; set; }

    public int DistrictId { get; set; }

    public District? District { get; set; }

    public List<BrochureSection> Sections { get; } = [];

    public List<BrochureEdition> Editions { get; } = [];

    int? IDistrictOwned.DistrictId => DistrictId;
}
