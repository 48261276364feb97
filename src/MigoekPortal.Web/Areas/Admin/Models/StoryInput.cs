using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The story form: who, which business, the consent record, the offers that helped, and the German texts.</summary>
public sealed class StoryInput
{
    /// <summary>Empty for a central film (central editors only).</summary>
    public int? DistrictId { get; set; }

    public StoryKind Kind { get; set; } = StoryKind.Story;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Stories.Person")]
    public string? PersonName { get; set; }

    public bool IsPseudonym { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Stories.Business")]
    public string? BusinessName { get; set; }

    public StorySector Sector { get; set; } = StorySector.Services;

    [Range(1900, 2100, ErrorMessage = "Validation.Year")]
    [Display(Name = "Stories.YearFounded")]
    public int? YearFounded { get; set; }

    [Display(Name = "Field.ConsentGivenOn")]
    public DateOnly? ConsentGivenOn { get; set; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.ConsentScope")]
    public string? ConsentScope { get; set; }

    [Display(Name = "Field.ConsentExpiresOn")]
    public DateOnly? ConsentExpiresOn { get; set; }

    [RegularExpression("^https://[^ ]+$", ErrorMessage = "Validation.HttpsUrl")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.ExternalVideoUrl")]
    public string? ExternalVideoUrl { get; set; }

    /// <summary>Ids of the offers that helped.</summary>
    public List<int> HelpedBy { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Quote")]
    public string? Quote { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Stories.Story")]
    public string? Text { get; set; }

    [StringLength(50000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Stories.Transcript")]
    public string? Transcript { get; set; }

    public Guid Version { get; set; }

    public static StoryInput From(Story s)
    {
        var de = s.Translations.First(t => t.Culture == Cultures.Default);
        return new()
        {
            DistrictId = s.DistrictId, Kind = s.Kind, PersonName = s.PersonName, IsPseudonym = s.IsPseudonym, BusinessName = s.BusinessName,
            Sector = s.Sector, YearFounded = s.YearFounded, ConsentGivenOn = s.ConsentGivenOn, ConsentScope = s.ConsentScope,
            ConsentExpiresOn = s.ConsentExpiresOn, ExternalVideoUrl = s.ExternalVideoUrl, HelpedBy = [.. s.HelpedBy.Select(h => h.OfferId)],
            Title = de.Title, Quote = de.Quote, Text = de.Text, Transcript = de.Transcript, Version = s.Version,
        };
    }

    /// <summary>Copies the form to the story; a change of the German texts makes the translations outdated.</summary>
    public void ApplyTo(Story s)
    {
        (s.DistrictId, s.Kind, s.PersonName, s.IsPseudonym, s.BusinessName, s.Sector, s.YearFounded) =
            (DistrictId, Kind, PersonName!.Trim(), IsPseudonym, BusinessName!.Trim(), Sector, YearFounded);
        (s.ConsentGivenOn, s.ConsentScope, s.ConsentExpiresOn, s.ExternalVideoUrl) = (ConsentGivenOn, Clean(ConsentScope), ConsentExpiresOn, Clean(ExternalVideoUrl));
        var de = s.Translations.FirstOrDefault(t => t.Culture == Cultures.Default);
        if (de is null)
        {
            de = new StoryTranslation { Culture = Cultures.Default, Title = "", SourceRevision = s.SourceRevision };
            s.Translations.Add(de);
        }
        var texts = (Title!.Trim(), Clean(Quote), Clean(Text), Clean(Transcript));
        if (de.Title.Length > 0 && texts != (de.Title, de.Quote, de.Text, de.Transcript)) s.SourceRevision++;
        (de.Title, de.Quote, de.Text, de.Transcript) = texts;
        de.SourceRevision = s.SourceRevision;
        s.HelpedBy.RemoveAll(h => !HelpedBy.Contains(h.OfferId));
        s.HelpedBy.AddRange(HelpedBy.Distinct().Where(id => s.HelpedBy.All(h => h.OfferId != id)).Select(id => new StoryOffer { OfferId = id }));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
