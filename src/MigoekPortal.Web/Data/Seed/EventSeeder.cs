using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Events;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Data.Seed;

/// <summary>
/// Seeds the sample programme on first start from <c>events.json</c> (German) and <c>events.{culture}.json</c>
/// (translations by event key). Dates are relative to the day of seeding, so a fresh portal never shows an
/// empty calendar; every seeded event is marked as a sample.
/// </summary>
public sealed class EventSeeder(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Events.AnyAsync(ct)) return;
        using var stream = Resource("events.json");
        if (stream is null) return;
        var seed = JsonSerializer.Deserialize<EventsSeed>(stream, Json)!;
        var districts = await db.Districts.ToDictionaryAsync(d => d.Slug, d => d.Id, ct);
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        var translations = Cultures.All.Where(c => c != Cultures.Default).ToDictionary(c => c, LoadTranslations);
        var today = EventTimes.Now(clock).Date;
        foreach (var s in seed.Events)
        {
            var start = today.AddDays(s.StartDays).Add(TimeSpan.ParseExact(s.StartTime, @"hh\:mm", CultureInfo.InvariantCulture));
            var e = new Event
            {
                DistrictId = s.District is null ? null : districts[s.District],
                Type = Enum.Parse<EventType>(s.Type, ignoreCase: true),
                Audience = Enum.Parse<EventAudience>(s.Audience, ignoreCase: true),
                Start = start, End = start.AddMinutes(s.DurationMinutes),
                VenueName = s.Venue?.Name, Street = s.Venue?.Street, PostalCode = s.Venue?.PostalCode, City = s.Venue?.City, OnlineUrl = s.OnlineUrl,
                Languages = string.Join(' ', s.Languages), Interpreting = s.Interpreting, Cost = Enum.Parse<OfferCost>(s.Cost, ignoreCase: true),
                Registration = Enum.Parse<RegistrationMode>(s.Registration?.Mode ?? "none", ignoreCase: true),
                RegistrationUrl = s.Registration?.Url,
                RegistrationDeadline = s.Registration?.DeadlineDays is { } days ? DateOnly.FromDateTime(today.AddDays(days)) : null,
                OrganiserId = s.Organiser is null ? null : organizations.GetValueOrDefault(s.Organiser),
                Partners = string.Join(' ', s.Partners ?? []),
                Status = Enum.Parse<EventStatus>(s.Status, ignoreCase: true),
                Sequence = s.Status == "scheduled" ? 0 : 1,
                IsSample = true,
            };
            e.Translations.Add(new EventTranslation { Culture = Cultures.Default, Title = s.Title, Description = s.Description, Accessibility = s.Accessibility, StatusNote = s.StatusNote, SourceRevision = 1 });
            foreach (var (culture, texts) in translations)
            {
                if (texts.GetValueOrDefault(s.Key) is { } t)
                    e.Translations.Add(new EventTranslation { Culture = culture, Title = t.Title, Description = t.Description, Accessibility = t.Accessibility, StatusNote = t.StatusNote, SourceRevision = 1 });
            }
            db.Events.Add(e);
        }
        await db.SaveChangesAsync(ct);
    }

    private static Dictionary<string, TextSeed> LoadTranslations(string culture)
    {
        using var stream = Resource($"events.{culture}.json");
        return stream is null ? [] : JsonSerializer.Deserialize<Dictionary<string, TextSeed>>(stream, Json)!;
    }

    private static Stream? Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"MigoekPortal.Web.Data.Seed.Content.{name}");

    private sealed record EventsSeed(List<EventSeed> Events);

    private sealed record EventSeed(
        string Key, string? District, string Type, string Audience, int StartDays, string StartTime, int DurationMinutes,
        VenueSeed? Venue, string? OnlineUrl, List<string> Languages, bool Interpreting, string Cost, RegistrationSeed? Registration,
        string? Organiser, List<string>? Partners, string Status, string Title, string? Description, string? Accessibility, string? StatusNote);

    private sealed record VenueSeed(string? Name, string? Street, string? PostalCode, string? City);

    private sealed record RegistrationSeed(string Mode, string? Url, int? DeadlineDays);

    private sealed record TextSeed(string Title, string? Description, string? Accessibility, string? StatusNote);
}
