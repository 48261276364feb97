using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The event form: when and where (wall-clock time in Germany), for whom, registration, and the German texts.</summary>
public sealed class EventInput
{
    /// <summary>Empty for an online event for all districts (central editors only).</summary>
    public int? DistrictId { get; set; }

    public EventType Type { get; set; } = EventType.InfoEvent;

    public EventAudience Audience { get; set; } = EventAudience.Founders;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.StartTime")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.EndTime")]
    public TimeOnly? EndTime { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.VenueName")]
    public string? VenueName { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Street")]
    public string? Street { get; set; }

    [RegularExpression(@"^\d{5}$", ErrorMessage = "Validation.PostalCode")]
    [Display(Name = "Field.PostalCode")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.City")]
    public string? City { get; set; }

    [RegularExpression("^https?://[^ ]+$", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.OnlineUrl")]
    public string? OnlineUrl { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(@"^\s*[A-Za-z]{2,3}([\s,;]+[A-Za-z]{2,3})*\s*$", ErrorMessage = "Validation.Languages")]
    [Display(Name = "Events.Language")]
    public string? Languages { get; set; } = "de";

    public bool Interpreting { get; set; }

    public OfferCost Cost { get; set; } = OfferCost.Free;

    public RegistrationMode Registration { get; set; } = RegistrationMode.None;

    [RegularExpression("^https?://[^ ]+$", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.RegistrationUrl")]
    public string? RegistrationUrl { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Email")]
    public string? RegistrationEmail { get; set; }

    [Display(Name = "Field.RegistrationDeadline")]
    public DateOnly? RegistrationDeadline { get; set; }

    public int? OrganiserId { get; set; }

    /// <summary>External ids of partner organisations.</summary>
    public List<string> Partners { get; set; } = [];

    /// <summary>Downloads for participants after the event; rows without a title or address are dropped.</summary>
    public List<MaterialInput> Materials { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.Description")]
    public string? Description { get; set; }

    [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Accessibility")]
    public string? Accessibility { get; set; }

    public Guid Version { get; set; }

    public static EventInput From(Event e)
    {
        var de = e.Translations.First(t => t.Culture == Cultures.Default);
        return new()
        {
            DistrictId = e.DistrictId, Type = e.Type, Audience = e.Audience, Date = DateOnly.FromDateTime(e.Start),
            StartTime = TimeOnly.FromDateTime(e.Start), EndTime = TimeOnly.FromDateTime(e.End), VenueName = e.VenueName, Street = e.Street,
            PostalCode = e.PostalCode, City = e.City, OnlineUrl = e.OnlineUrl, Languages = e.Languages, Interpreting = e.Interpreting, Cost = e.Cost,
            Registration = e.Registration, RegistrationUrl = e.RegistrationUrl, RegistrationEmail = e.RegistrationEmail,
            RegistrationDeadline = e.RegistrationDeadline, OrganiserId = e.OrganiserId, Partners = [.. e.PartnerIds()],
            Materials = [.. e.Materials.Select(m => new MaterialInput { Title = m.Title, Url = m.Url })], Title = de.Title, Description = de.Description,
            Accessibility = de.Accessibility, Version = e.Version,
        };
    }

    /// <summary>Writes the form; a changed German text marks the translations outdated, any change raises the calendar sequence.</summary>
    public void ApplyTo(Event e)
    {
        e.DistrictId = DistrictId;
        e.Type = Type;
        e.Audience = Audience;
        e.Start = Date!.Value.ToDateTime(StartTime!.Value);
        e.End = Date!.Value.ToDateTime(EndTime!.Value);
        (e.VenueName, e.Street, e.PostalCode, e.City, e.OnlineUrl) = (Clean(VenueName), Clean(Street), Clean(PostalCode), Clean(City), Clean(OnlineUrl));
        e.Languages = string.Join(' ', (Languages ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()).Distinct());
        e.Interpreting = Interpreting;
        e.Cost = Cost;
        e.Registration = Registration;
        e.RegistrationUrl = Registration == RegistrationMode.Link ? Clean(RegistrationUrl) : null;
        e.RegistrationEmail = Registration == RegistrationMode.Email ? Clean(RegistrationEmail) : null;
        e.RegistrationDeadline = Registration == RegistrationMode.None ? null : RegistrationDeadline;
        e.OrganiserId = OrganiserId;
        e.Partners = string.Join(' ', Partners.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct());
        var materials = Materials.Where(m => !string.IsNullOrWhiteSpace(m.Title) && !string.IsNullOrWhiteSpace(m.Url))
            .Select(m => new EventMaterial { Title = m.Title!.Trim(), Url = m.Url!.Trim() }).ToList();
        if (materials.Count != e.Materials.Count || materials.Zip(e.Materials).Any(p => (p.First.Title, p.First.Url) != (p.Second.Title, p.Second.Url)))
        {
            e.Materials.Clear();
            e.Materials.AddRange(materials);
        }
        var german = e.Translations.FirstOrDefault(t => t.Culture == Cultures.Default);
        if (german is null)
        {
            german = new EventTranslation { Culture = Cultures.Default, Title = "", SourceRevision = e.SourceRevision };
            e.Translations.Add(german);
        }
        var before = (german.Title, german.Description, german.Accessibility);
        (german.Title, german.Description, german.Accessibility) = (Title!.Trim(), Clean(Description), Clean(Accessibility));
        if (e.Id != 0 && before != (german.Title, german.Description, german.Accessibility)) e.SourceRevision++;
        german.SourceRevision = e.SourceRevision;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
