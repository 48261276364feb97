using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Events;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Stories;
using MigoekPortal.Web.Training;

namespace MigoekPortal.Web.Controllers;

/// <summary>The training corner for advisors: the workshop "Vielfalt in der Gründungsberatung", its dates, materials, film and checklist.</summary>
[Route("/{culture:culture}/training")]
public sealed class TrainingController(PortalDbContext db, TrainingContent content, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var now = EventTimes.Now(clock);
        var trainings = db.Events.AsNoTracking().Include(e => e.Translations).Include(e => e.District).Where(e => e.Type == EventType.Training);
        var next = await trainings.Where(e => e.End >= now).OrderBy(e => e.Start).Take(5).ToListAsync(ct);
        var past = await trainings.Where(e => e.End < now && e.Materials.Any()).OrderByDescending(e => e.Start).Take(5).ToListAsync(ct);
        var film = await db.Stories.AsNoTracking().Public(clock.Today()).Include(s => s.Translations)
            .Where(s => s.Kind == StoryKind.InfoFilm).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        return View(new TrainingViewModel(content.For(culture),
            [.. next.Select(e => new EventCard(e, EventTexts.For(e, culture), Slugs(e), e.District?.Name))],
            [.. past.Select(e => new EventCard(e, EventTexts.For(e, culture), Slugs(e), e.District?.Name))],
            film is null ? null : new StoryPlayerModel(film, StoryTexts.For(film, culture), StoryTexts.Slug(film), LoadExternal: false)));
    }

    [HttpGet("checklist")]
    public IActionResult Checklist() => View(content.For(CultureInfo.CurrentUICulture.Name));

    private static string Slugs(Event e) => Offers.Slugs.From(e.Translations.First(t => t.Culture == Localization.Cultures.Default).Title);
}
