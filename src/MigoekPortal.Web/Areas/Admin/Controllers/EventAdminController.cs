using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Events;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// A district's events: create, edit, cancel and move. Every save raises the calendar SEQUENCE, so subscribed
/// calendars replace their copy; a cancelled event stays in the feeds with STATUS:CANCELLED.
/// </summary>
[Area("Admin"), Route("/admin/events"), Authorize(Policies.Staff)]
public sealed class EventAdminController(PortalDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool past, CancellationToken ct)
    {
        var now = EventTimes.Now(clock);
        var query = db.EditableEvents(User).Where(e => past ? e.End < now : e.End >= now);
        var events = await (past ? query.OrderByDescending(e => e.Start) : query.OrderBy(e => e.Start)).Take(200)
            .Include(e => e.Translations).Include(e => e.District).AsNoTracking().ToListAsync(ct);
        return View(new EventAdminListViewModel(past, [.. events.Select(e => new EventAdminRow(e.Id,
            e.Translations.First(t => t.Culture == Cultures.Default).Title, e.Start, e.District?.Name, e.Status, e.IsSample))]));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var model = await ModelAsync(null, new EventInput(), ct);
        if (model.Districts.Count == 0 && !model.Central) return Forbid();
        model.Input.DistrictId = model.Districts.Count > 0 ? model.Districts[0].Id : null;
        return View("Edit", model);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] EventInput input, CancellationToken ct)
    {
        var e = new Event { DistrictId = input.DistrictId };
        if (!(await auth.AuthorizeAsync(User, e, Operations.Create)).Succeeded) return Forbid();
        Validate(input);
        if (!ModelState.IsValid) return View("Edit", await ModelAsync(null, input, ct));
        input.ApplyTo(e);
        db.Events.Add(e);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/events/{e.Id}/edit");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (e, denied) = await LoadAsync(id, ct);
        return e is null ? denied! : View(await ModelAsync(e, EventInput.From(e), ct));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] EventInput input, CancellationToken ct)
    {
        var (e, denied) = await LoadAsync(id, ct);
        if (e is null) return denied!;
        Validate(input);
        if (!ModelState.IsValid) return View(await ModelAsync(e, input, ct));
        db.Entry(e).Property(x => x.Version).OriginalValue = input.Version;
        input.ApplyTo(e);
        // Moving it to another district needs the right to create it there.
        if (!(await auth.AuthorizeAsync(User, e, Operations.Create)).Succeeded) return Forbid();
        return await SaveAsync(e, input, ct);
    }

    /// <summary>Cancels the event; it stays listed with the reason, and calendars mark it cancelled.</summary>
    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, string? note, CancellationToken ct)
    {
        var (e, denied) = await LoadAsync(id, ct);
        if (e is null) return denied!;
        e.Status = EventStatus.Cancelled;
        SetStatusNote(e, note);
        e.Sequence++;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = s["Admin.Events.Cancelled"].Value;
        return LocalRedirect($"/admin/events/{id}/edit");
    }

    /// <summary>Moves the event to a new date and time and says so on its page.</summary>
    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, DateOnly? date, TimeOnly? start, TimeOnly? end, string? note, CancellationToken ct)
    {
        var (e, denied) = await LoadAsync(id, ct);
        if (e is null) return denied!;
        if (date is null || start is null || end is null || end <= start)
        {
            ModelState.AddModelError("", s["Admin.Events.MoveInvalid"]);
            return View("Edit", await ModelAsync(e, EventInput.From(e), ct));
        }
        (e.Start, e.End, e.Status) = (date.Value.ToDateTime(start.Value), date.Value.ToDateTime(end.Value), EventStatus.Moved);
        SetStatusNote(e, note);
        e.Sequence++;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = s["Admin.Events.Moved"].Value;
        return LocalRedirect($"/admin/events/{id}/edit");
    }

    private async Task<IActionResult> SaveAsync(Event e, EventInput input, CancellationToken ct)
    {
        e.Sequence++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var (current, _) = await LoadAsync(e.Id, ct);
            ModelState.Clear();
            ModelState.AddModelError("", s["Concurrency.Conflict"]);
            input.Version = current!.Version;
            return View("Edit", await ModelAsync(current, input, ct) with { Current = EventInput.From(current) });
        }
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/events/{e.Id}/edit");
    }

    private static void SetStatusNote(Event e, string? note)
    {
        var german = e.Translations.First(t => t.Culture == Cultures.Default);
        german.StatusNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private void Validate(EventInput input)
    {
        if (input.StartTime is { } start && input.EndTime is { } end && end <= start) ModelState.AddModelError("Input.EndTime", s["Validation.EndTime"]);
        if (input.Registration == RegistrationMode.Link && input.RegistrationUrl is null) ModelState.AddModelError("Input.RegistrationUrl", s["Validation.Required", s["Field.RegistrationUrl"]]);
        if (input.Registration == RegistrationMode.Email && input.RegistrationEmail is null) ModelState.AddModelError("Input.RegistrationEmail", s["Validation.Required", s["Field.Email"]]);
        if (input.City is null && input.OnlineUrl is null && input.DistrictId is not null) ModelState.AddModelError("Input.City", s["Validation.PlaceOrLink"]);
    }

    private async Task<(Event? Event, IActionResult? Denied)> LoadAsync(int id, CancellationToken ct)
    {
        var e = await db.Events.Include(x => x.Translations).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return (null, NotFound());
        return (await auth.AuthorizeAsync(User, e, Operations.Edit)).Succeeded ? (e, null) : (null, Forbid());
    }

    private async Task<EventEditViewModel> ModelAsync(Event? e, EventInput input, CancellationToken ct)
    {
        var districts = await db.EditableDistricts(User).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var organisations = await db.Organizations.OrderBy(o => o.Name).Select(o => new { o.Id, o.ExternalId, o.Name }).ToListAsync(ct);
        return new EventEditViewModel(e?.Id, input, [.. districts.Select(d => (d.Id, d.Name))],
            User.IsInRole(Roles.PortalAdmin) || User.IsInRole(Roles.CentralEditor), [.. organisations.Select(o => (o.Id, o.ExternalId, o.Name))])
        {
            Status = e?.Status,
            Translations = e is null ? [] : [.. Cultures.All.Skip(1).Select(c => (c, e.Translations.FirstOrDefault(t => t.Culture == c) is not { } t
                ? Domain.Offers.TranslationState.Missing
                : t.SourceRevision >= e.SourceRevision ? Domain.Offers.TranslationState.Current : Domain.Offers.TranslationState.Outdated))],
        };
    }
}
