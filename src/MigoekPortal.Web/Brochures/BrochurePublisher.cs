using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Brochures;

/// <summary>Publishes a brochure's current sections as its next edition; earlier editions stay as they were.</summary>
public sealed class BrochurePublisher(PortalDbContext db, TimeProvider clock)
{
    public async Task<BrochureEdition> PublishAsync(Brochure brochure, DateOnly asOf, string? user, CancellationToken ct = default)
    {
        var sections = await db.BrochureSections.Include(s => s.Translations).Where(s => s.BrochureId == brochure.Id).ToListAsync(ct);
        var number = await db.BrochureEditions.Where(e => e.BrochureId == brochure.Id).MaxAsync(e => (int?)e.Number, ct) ?? 0;
        var edition = new BrochureEdition
        {
            BrochureId = brochure.Id, Number = number + 1, AsOf = asOf, PublishedAtUtc = clock.GetUtcNow().UtcDateTime, PublishedBy = user,
            Languages = string.Join(' ', CompleteLanguages(sections)), Content = EditionContent.From(sections).Serialize(),
        };
        db.BrochureEditions.Add(edition);
        await db.SaveChangesAsync(ct);
        return edition;
    }

    /// <summary>The cultures in which every section has a current translation.</summary>
    public static IEnumerable<string> CompleteLanguages(IReadOnlyCollection<BrochureSection> sections) =>
        Cultures.All.Where(c => sections.All(s => s.Translations.Any(t => t.Culture == c && t.SourceRevision >= s.SourceRevision)));
}
