using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>Translating an offer: the German source beside the language being edited.</summary>
[Area("Admin"), Route("/admin/offers/{id:int}/translations/{culture}"), Authorize(Policies.Staff)]
public sealed class OfferTranslationsController(PortalDbContext db, IAuthorizationService auth, OfferSearchIndex index, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, string culture, CancellationToken ct)
    {
        var (offer, result) = await LoadAsync(id, culture, ct);
        if (offer is null) return result!;
        var translation = offer.Translations.FirstOrDefault(t => t.Culture == culture);
        var input = new TranslationInput { Texts = OfferTextsInput.From(translation), Version = translation?.Version ?? Guid.Empty, SourceRevision = offer.SourceRevision };
        return View(ViewModel(offer, culture, input));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, string culture, [Bind(Prefix = "Input")] TranslationInput input, bool preview, CancellationToken ct)
    {
        var (offer, result) = await LoadAsync(id, culture, ct);
        if (offer is null) return result!;
        if (!ModelState.IsValid || preview) return View(ViewModel(offer, culture, input) with { Preview = preview && ModelState.IsValid });

        var translation = offer.Translations.FirstOrDefault(t => t.Culture == culture);
        if ((translation?.Version ?? Guid.Empty) != input.Version) return Conflict(offer, culture, input);
        if (translation is null)
        {
            translation = new OfferTranslation { Culture = culture, Title = "", Summary = "" };
            offer.Translations.Add(translation);
        }
        else
        {
            db.Entry(translation).Property(t => t.Version).OriginalValue = input.Version;
        }
        input.Texts.ApplyTo(translation);
        translation.SourceRevision = Math.Min(input.SourceRevision, offer.SourceRevision);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Saved by someone else between our check and our save (a concurrency or a duplicate-key failure).
            db.ChangeTracker.Clear();
            var (current, _) = await LoadAsync(id, culture, ct);
            return Conflict(current!, culture, input);
        }
        index.Invalidate();
        TempData["Status"] = input.SourceRevision < offer.SourceRevision ? s["Admin.Translation.SavedSourceChanged"].Value : s["Saved"].Value;
        return LocalRedirect($"/admin/offers/{id}/translations/{culture}");
    }

    /// <summary>Someone else saved this language meanwhile: keep this translator's text and show theirs.</summary>
    private ViewResult Conflict(Offer offer, string culture, TranslationInput input)
    {
        var theirs = offer.Translations.FirstOrDefault(t => t.Culture == culture);
        ModelState.Clear();
        ModelState.AddModelError("", s["Concurrency.Conflict"]);
        input.Version = theirs?.Version ?? Guid.Empty;
        return View(nameof(Edit), ViewModel(offer, culture, input) with { Current = OfferTextsInput.From(theirs) });
    }

    private async Task<(Offer? Offer, IActionResult? Result)> LoadAsync(int id, string culture, CancellationToken ct)
    {
        if (!Cultures.IsSupported(culture) || culture == Cultures.Default) return (null, NotFound());
        var offer = await db.Offers.Include(o => o.Translations).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return (null, NotFound());
        if (!(await auth.AuthorizeAsync(User, offer, Operations.Edit)).Succeeded) return (null, Forbid());
        return (offer, null);
    }

    private static TranslationEditViewModel ViewModel(Offer offer, string culture, TranslationInput input) =>
        new(offer.Id, culture, OfferTextsInput.From(offer.Translations.First(t => t.Culture == Cultures.Default)), input, TranslationStates.Of(offer, culture))
        {
            SourceChanged = input.SourceRevision < offer.SourceRevision && offer.Translations.Any(t => t.Culture == culture),
        };
}
