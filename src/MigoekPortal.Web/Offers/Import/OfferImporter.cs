using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using MigoekPortal.Web.Authorization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Offers.Import;

/// <summary>
/// Validates a whole offer document first and then upserts it by external id in one transaction:
/// a file with one bad record changes nothing. A dry run validates and counts without writing.
/// </summary>
public sealed partial class OfferImporter(PortalDbContext db, OfferSearchIndex index, IAuthorizationService auth)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>An import by the operator (command line, seed): no ownership checks.</summary>
    /// <param name="progress">Told how many offers have been applied so far (every 500, and at the end).</param>
    public Task<ImportResult> ImportAsync(OfferDocument document, bool dryRun, IProgress<int>? progress = null, CancellationToken ct = default) =>
        ImportAsync(document, dryRun, user: null, progress, ct);

    /// <summary>
    /// An import by a staff member: every offer it would change or create must be theirs to edit, and shared
    /// organisations may only be changed by central editors. Otherwise nothing is imported and the result is <see cref="ImportResult.Forbidden"/>.
    /// </summary>
    public async Task<ImportResult> ImportAsync(OfferDocument document, bool dryRun, ClaimsPrincipal? user, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var districts = await db.Districts.ToDictionaryAsync(d => d.Slug, ct);
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.ExternalId, ct);
        var errors = Validate(document, districts.Keys.ToHashSet(), organizations.Keys.ToHashSet());
        if (errors.Count > 0) return new ImportResult(errors, 0, 0, 0, Applied: false);
        if (user is not null)
        {
            errors = await ForbiddenAsync(document, user, districts, organizations, ct);
            if (errors.Count > 0) return new ImportResult(errors, 0, 0, 0, Applied: false) { Forbidden = true };
        }

        int created = 0, updated = 0, unchanged = 0;
        List<string> createdIds = [], updatedIds = [];
        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        foreach (var record in document.Organizations ?? [])
        {
            if (!organizations.TryGetValue(record.ExternalId!, out var org))
            {
                org = new Organization { ExternalId = record.ExternalId!, Name = record.Name! };
                organizations[org.ExternalId] = org;
                db.Organizations.Add(org);
            }
            org.Name = record.Name!;
            org.Type = Parse<OrganizationType>(record.Type);
            org.Website = Clean(record.Website);
        }

        var ids = (document.Offers ?? []).Select(o => o.ExternalId!).ToList();
        var existing = await db.Offers.Include(o => o.Translations).Where(o => ids.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, ct);
        foreach (var record in document.Offers ?? [])
        {
            var isNew = !existing.TryGetValue(record.ExternalId!, out var offer);
            offer ??= new Offer { ExternalId = record.ExternalId!, Url = record.Url! };
            var changed = Apply(record, offer, organizations[record.Provider!], record.District is null ? null : districts[record.District]);
            if (isNew) { db.Offers.Add(offer); created++; createdIds.Add(offer.ExternalId); }
            else if (changed || db.Entry(offer).State == EntityState.Modified) { updated++; updatedIds.Add(offer.ExternalId); }
            else unchanged++;
            if ((created + updated + unchanged) % 500 == 0) progress?.Report(created + updated + unchanged);
        }
        progress?.Report(created + updated + unchanged);

        if (!dryRun)
        {
            await db.SaveChangesAsync(ct);
            await transaction!.CommitAsync(ct);
            index.Invalidate();
        }
        else
        {
            db.ChangeTracker.Clear();
        }
        return new ImportResult([], created, updated, unchanged, Applied: !dryRun) { CreatedIds = createdIds, UpdatedIds = updatedIds };
    }

    private async Task<List<ImportError>> ForbiddenAsync(
        OfferDocument document, ClaimsPrincipal user, Dictionary<string, District> districts, Dictionary<string, Organization> organizations, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        foreach (var (r, i) in (document.Organizations ?? []).Select((r, i) => (r, i)))
        {
            if (organizations.TryGetValue(r.ExternalId!, out var org)
                && (org.Name != r.Name!.Trim() || EnumKeys.Of(org.Type) != r.Type || org.Website != Clean(r.Website))
                && !(await auth.AuthorizeAsync(user, org, Operations.Edit)).Succeeded)
                errors.Add(new("organization", i, r.ExternalId, "name", "Import.OrganizationShared"));
        }
        var ids = (document.Offers ?? []).Select(o => o.ExternalId!).ToList();
        var existing = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, ct);
        foreach (var (r, i) in (document.Offers ?? []).Select((r, i) => (r, i)))
        {
            if (existing.TryGetValue(r.ExternalId!, out var offer) && !(await auth.AuthorizeAsync(user, offer, Operations.Edit)).Succeeded)
            {
                errors.Add(new("offer", i, r.ExternalId, "externalId", "Import.NotYourOffer"));
                continue;
            }
            var target = new Offer { ExternalId = r.ExternalId!, Url = "", DistrictId = r.District is null ? null : districts[r.District].Id };
            if (!(await auth.AuthorizeAsync(user, target, Operations.Create)).Succeeded)
                errors.Add(new("offer", i, r.ExternalId, r.District is null ? "scope" : "district", r.District is null ? "Import.CentralOnly" : "Import.NotYourDistrict", r.District ?? ""));
        }
        return errors;
    }

    private static bool Apply(OfferRecord r, Offer offer, Organization provider, District? district)
    {
        offer.Provider = provider;
        offer.Scope = Parse<OfferScope>(r.Scope);
        offer.State = offer.Scope == OfferScope.State ? Enum.Parse<FederalState>(r.State!) : null;
        offer.District = district;
        offer.DistrictId = district?.Id;
        offer.Categories = Flags<OfferCategory>(r.Categories);
        offer.Topics = Flags<OfferTopic>(r.Topics);
        offer.Phases = Flags<OfferPhase>(r.Phases);
        offer.TargetGroups = Flags<TargetGroup>(r.TargetGroups);
        offer.DeliveryModes = Flags<DeliveryMode>(r.DeliveryModes);
        offer.Languages = string.Join(' ', r.Languages!.Select(l => l.Trim().ToLowerInvariant()).Distinct());
        offer.Interpreting = r.Interpreting ?? false;
        offer.Cost = Parse<OfferCost>(r.Cost);
        offer.Contact = new OfferContact
        {
            Role = Clean(r.Contact?.Role), Phone = Clean(r.Contact?.Phone), Email = Clean(r.Contact?.Email), Web = Clean(r.Contact?.Web),
        };
        var locations = (r.Locations ?? []).Select(l => new OfferLocation
        {
            Name = Clean(l.Name), Street = Clean(l.Street), PostalCode = Clean(l.PostalCode), City = Clean(l.City), OpeningHours = Clean(l.OpeningHours),
        }).Where(l => !l.IsEmpty).ToList();
        var locationsChanged = !SameLocations(offer.Locations, locations);
        if (locationsChanged)
        {
            offer.Locations.Clear();
            offer.Locations.AddRange(locations);
        }
        offer.Url = r.Url!.Trim();
        var status = r.Status is null ? OfferStatus.Published : Parse<OfferStatus>(r.Status);
        // An import cannot skip four-eyes publishing: new publications stay drafts until two people publish them.
        offer.Status = status == OfferStatus.Published && offer.Status != OfferStatus.Published && district is { RequiresSecondApproval: true }
            ? OfferStatus.Draft : status;
        offer.LastVerifiedOn = r.LastVerified;
        offer.VerifiedBy = Clean(r.VerifiedBy);
        offer.ValidFrom = r.ValidFrom;
        offer.ValidTo = r.ValidTo;
        return ApplyTexts(r.Translations!, offer) | locationsChanged;
    }

    /// <summary>A changed German text raises the source revision, which marks older translations outdated.</summary>
    private static bool ApplyTexts(Dictionary<string, OfferTexts> texts, Offer offer)
    {
        var changed = false;
        var german = offer.Translations.FirstOrDefault(t => t.Culture == Cultures.Default);
        if (german is not null && !SameTexts(german, texts[Cultures.Default]))
        {
            offer.SourceRevision++;
            changed = true;
        }
        foreach (var (culture, source) in texts)
        {
            var translation = offer.Translations.FirstOrDefault(t => t.Culture == culture);
            if (translation is not null && SameTexts(translation, source)) continue;
            if (translation is null)
            {
                translation = new OfferTranslation { Culture = culture, Title = "", Summary = "" };
                offer.Translations.Add(translation);
            }
            translation.Title = source.Title!.Trim();
            translation.Summary = source.Summary!.Trim();
            translation.Description = Clean(source.Description);
            translation.Eligibility = Clean(source.Eligibility);
            translation.HowToApply = Clean(source.HowToApply);
            translation.CostNote = Clean(source.CostNote);
            translation.SourceRevision = offer.SourceRevision;
            changed = true;
        }
        return changed;
    }

    private static bool SameLocations(List<OfferLocation> a, List<OfferLocation> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.SameAs(p.Second));

    private static bool SameTexts(OfferTranslation t, OfferTexts s) =>
        t.Title == s.Title?.Trim() && t.Summary == s.Summary?.Trim() && t.Description == Clean(s.Description)
        && t.Eligibility == Clean(s.Eligibility) && t.HowToApply == Clean(s.HowToApply) && t.CostNote == Clean(s.CostNote);

    internal static List<ImportError> Validate(OfferDocument document, HashSet<string> districts, HashSet<string> knownOrganizations)
    {
        var errors = new List<ImportError>();
        if (document.Format != OfferDocument.CurrentFormat)
            errors.Add(new("document", -1, null, "format", "Import.Format", OfferDocument.CurrentFormat));
        var organizations = new HashSet<string>(knownOrganizations);
        var seen = new HashSet<string>();
        foreach (var (r, i) in (document.Organizations ?? []).Select((r, i) => (r, i)))
        {
            void Error(string field, string message, params string[] args) => errors.Add(new("organization", i, r.ExternalId, field, message, args));
            if (!IsExternalId(r.ExternalId)) Error("externalId", "Import.ExternalId");
            else if (!seen.Add(r.ExternalId!)) Error("externalId", "Import.Duplicate");
            else organizations.Add(r.ExternalId!);
            if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > 300) Error("name", "Import.Required", "300");
            if (!IsEnum<OrganizationType>(r.Type)) Error("type", "Import.OneOf", Names<OrganizationType>());
            if (r.Website is not null && !IsUrl(r.Website)) Error("website", "Import.Url");
        }

        seen.Clear();
        foreach (var (r, i) in (document.Offers ?? []).Select((r, i) => (r, i)))
        {
            void Error(string field, string message, params string[] args) => errors.Add(new("offer", i, r.ExternalId, field, message, args));
            if (!IsExternalId(r.ExternalId)) Error("externalId", "Import.ExternalId");
            else if (!seen.Add(r.ExternalId!)) Error("externalId", "Import.Duplicate");
            if (r.Provider is null || !organizations.Contains(r.Provider)) Error("provider", "Import.Provider");
            ValidateScope(r, districts, Error);
            ValidateFlags<OfferCategory>(r.Categories, required: true, "categories", Error);
            ValidateFlags<OfferTopic>(r.Topics, required: false, "topics", Error);
            ValidateFlags<OfferPhase>(r.Phases, required: false, "phases", Error);
            ValidateFlags<TargetGroup>(r.TargetGroups, required: false, "targetGroups", Error);
            ValidateFlags<DeliveryMode>(r.DeliveryModes, required: false, "deliveryModes", Error);
            if (r.Languages is not { Count: > 0 } || r.Languages.Any(l => !LanguageCode().IsMatch(l ?? "")))
                Error("languages", "Import.Languages");
            if (!IsEnum<OfferCost>(r.Cost)) Error("cost", "Import.OneOf", Names<OfferCost>());
            if (r.Status is not null && !IsEnum<OfferStatus>(r.Status)) Error("status", "Import.OneOf", Names<OfferStatus>());
            if (!IsUrl(r.Url)) Error("url", "Import.UrlRequired");
            if (r.Contact?.Web is { } web && !IsUrl(web)) Error("contact.web", "Import.Url");
            if (r.Contact?.Phone is { } phone && !PhonePattern().IsMatch(phone)) Error("contact.phone", "Import.Phone");
            foreach (var (l, j) in (r.Locations ?? []).Select((l, j) => (l, j)))
            {
                if (l.PostalCode is { } zip && !PostalCodePattern().IsMatch(zip.Trim())) Error($"locations[{j}].postalCode", "Import.PostalCode");
                if (l.OpeningHours?.Length > 400) Error($"locations[{j}].openingHours", "Import.MaxLength", "400");
                if (l.Street?.Length > 200 || l.Name?.Length > 200 || l.City?.Length > 100) Error($"locations[{j}]", "Import.LocationLength");
            }
            if (r.ValidFrom is { } from && r.ValidTo is { } to && to < from) Error("validTo", "Import.ValidTo");
            ValidateTexts(r.Translations, Error);
        }
        return errors;
    }

    private static void ValidateScope(OfferRecord r, HashSet<string> districts, Action<string, string, string[]> error)
    {
        switch (r.Scope)
        {
            case "nationwide" when r.State is not null || r.District is not null: error("scope", "Import.NationwideNoPlace", []); break;
            case "nationwide": break;
            case "state" when !Enum.TryParse<FederalState>(r.State, out _) || r.State!.Length != 2: error("state", "Import.StateCode", []); break;
            case "state" when r.District is not null: error("district", "Import.StateNoDistrict", []); break;
            case "state": break;
            case "district" when r.District is null || !districts.Contains(r.District): error("district", "Import.OneOf", [string.Join(", ", districts.Order())]); break;
            case "district": break;
            default: error("scope", "Import.Scope", []); break;
        }
    }

    private static void ValidateTexts(Dictionary<string, OfferTexts>? translations, Action<string, string, string[]> error)
    {
        if (translations is null || !translations.ContainsKey(Cultures.Default))
        {
            error("translations.de", "Import.GermanRequired", []);
            return;
        }
        foreach (var (culture, t) in translations)
        {
            if (!Cultures.IsSupported(culture)) { error($"translations.{culture}", "Import.UnknownCulture", []); continue; }
            if (string.IsNullOrWhiteSpace(t.Title) || t.Title.Length > 200) error($"translations.{culture}.title", "Import.Required", ["200"]);
            if (string.IsNullOrWhiteSpace(t.Summary) || t.Summary.Length > 400) error($"translations.{culture}.summary", "Import.Required", ["400"]);
            if (t.CostNote?.Length > 400) error($"translations.{culture}.costNote", "Import.MaxLength", ["400"]);
        }
    }

    private static void ValidateFlags<T>(List<string>? values, bool required, string field, Action<string, string, string[]> error) where T : struct, Enum
    {
        if (required && values is not { Count: > 0 }) error(field, "Import.AtLeastOne", []);
        foreach (var v in values ?? [])
        {
            if (!IsEnum<T>(v) || Parse<T>(v).Equals(default(T))) error(field, "Import.UnknownValue", [v, Names<T>()]);
        }
    }

    private static bool IsEnum<T>(string? value) where T : struct, Enum =>
        value is not null && Enum.GetNames<T>().Any(n => OfferIndexSnapshot.JsonName(n) == value);

    private static T Parse<T>(string? value) where T : struct, Enum => Enum.Parse<T>(value!, ignoreCase: true);

    private static T Flags<T>(List<string>? values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), (values ?? []).Aggregate(0, (acc, v) => acc | Convert.ToInt32(Parse<T>(v), System.Globalization.CultureInfo.InvariantCulture)));

    private static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Where(n => n != "None").Select(OfferIndexSnapshot.JsonName));

    private static bool IsExternalId(string? id) => id is { Length: <= 100 } && ExternalIdPattern().IsMatch(id);

    private static bool IsUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^\+[1-9][0-9 ()/-]{4,30}$")]
    private static partial Regex PhonePattern();
}
