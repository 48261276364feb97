using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>
/// The offer form: facts and the German source texts. Where the offer belongs (scope, state, district) is
/// checked against what the user may edit before anything is saved; the form is never trusted with it.
/// </summary>
public sealed class OfferInput
{
    public OfferScope Scope { get; set; } = OfferScope.District;

    public FederalState? State { get; set; }

    public int? DistrictId { get; set; }

    /// <summary>An existing organisation; empty when <see cref="NewProviderName"/> names a new one.</summary>
    public int? ProviderId { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.NewProviderName")]
    public string? NewProviderName { get; set; }

    public OrganizationType NewProviderType { get; set; } = OrganizationType.Other;

    [RegularExpression("^https?://[^ ]+$", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Website")]
    public string? NewProviderWebsite { get; set; }

    public List<OfferCategory> Categories { get; set; } = [];

    public List<OfferTopic> Topics { get; set; } = [];

    public List<OfferPhase> Phases { get; set; } = [];

    public List<TargetGroup> TargetGroups { get; set; } = [];

    public List<DeliveryMode> DeliveryModes { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(@"^\s*[A-Za-z]{2,3}([\s,;]+[A-Za-z]{2,3})*\s*$", ErrorMessage = "Validation.Languages")]
    [Display(Name = "Field.Languages")]
    public string? Languages { get; set; } = "de";

    public bool Interpreting { get; set; }

    public OfferCost Cost { get; set; } = OfferCost.Free;

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.ContactRole")]
    public string? ContactRole { get; set; }

    [RegularExpression(@"^(\+|0)[0-9][0-9 ()/-]{4,30}$", ErrorMessage = "Validation.Phone")]
    [Display(Name = "Field.Phone")]
    public string? ContactPhone { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Email")]
    public string? ContactEmail { get; set; }

    [RegularExpression("^https?://[^ ]+$", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.ContactWeb")]
    public string? ContactWeb { get; set; }

    public List<LocationInput> Locations { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^https?://[^ ]+$", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.OfferUrl")]
    public string? Url { get; set; }

    [Display(Name = "Field.ValidFrom")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Field.ValidTo")]
    public DateOnly? ValidTo { get; set; }

    public OfferTextsInput Texts { get; set; } = new();

    public Guid Version { get; set; }

    /// <summary>The editor has seen the possible duplicates and still wants a new offer.</summary>
    public bool NotADuplicate { get; set; }

    public IEnumerable<string> LanguageCodes() =>
        (Languages ?? "").Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()).Distinct();

    public static OfferInput From(Offer o) => new()
    {
        Scope = o.Scope, State = o.State, DistrictId = o.DistrictId, ProviderId = o.ProviderId,
        Categories = Split(o.Categories), Topics = Split(o.Topics), Phases = Split(o.Phases), TargetGroups = Split(o.TargetGroups),
        DeliveryModes = Split(o.DeliveryModes), Languages = o.Languages, Interpreting = o.Interpreting, Cost = o.Cost,
        ContactRole = o.Contact.Role, ContactPhone = o.Contact.Phone, ContactEmail = o.Contact.Email, ContactWeb = o.Contact.Web,
        Locations = [.. o.Locations.Select(LocationInput.From)], Url = o.Url, ValidFrom = o.ValidFrom, ValidTo = o.ValidTo,
        Texts = OfferTextsInput.From(o.Translations.FirstOrDefault(t => t.Culture == Localization.Cultures.Default)),
        Version = o.Version,
    };

    /// <summary>Writes the facts and the German texts. A changed German text raises the source revision, which marks the translations outdated.</summary>
    public void ApplyTo(Offer o)
    {
        o.Scope = Scope;
        o.State = Scope == OfferScope.State ? State : null;
        o.DistrictId = Scope == OfferScope.District ? DistrictId : null;
        o.Categories = Join(Categories);
        o.Topics = Join(Topics);
        o.Phases = Join(Phases);
        o.TargetGroups = Join(TargetGroups);
        o.DeliveryModes = Join(DeliveryModes);
        o.Languages = string.Join(' ', LanguageCodes());
        o.Interpreting = Interpreting;
        o.Cost = Cost;
        o.Contact = new OfferContact
        {
            Role = Clean(ContactRole), Phone = DistrictProfileInput.NormalizePhone(Clean(ContactPhone)),
            Email = Clean(ContactEmail), Web = Clean(ContactWeb),
        };
        var locations = Locations.Select(l => l.ToLocation()).Where(l => !l.IsEmpty).ToList();
        if (locations.Count != o.Locations.Count || locations.Zip(o.Locations).Any(p => !p.First.SameAs(p.Second)))
        {
            o.Locations.Clear();
            o.Locations.AddRange(locations);
        }
        o.Url = Url!.Trim();
        o.ValidFrom = ValidFrom;
        o.ValidTo = ValidTo;

        var german = o.Translations.FirstOrDefault(t => t.Culture == Localization.Cultures.Default);
        if (german is null)
        {
            german = new OfferTranslation { Culture = Localization.Cultures.Default, Title = "", Summary = "" };
            o.Translations.Add(german);
        }
        if (Texts.ApplyTo(german) && o.Id != 0) o.SourceRevision++;
        german.SourceRevision = o.SourceRevision;
    }

    private static List<T> Split<T>(T flags) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(v))];

    private static T Join<T>(List<T> values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Aggregate(0L, (acc, v) => acc | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
