namespace MigoekPortal.Web.Models;

/// <summary>A brochure edition rendered in one culture (and, for the bilingual print, German beside it).</summary>
public sealed record BrochureViewModel(
    string DistrictSlug, string DistrictName, int EditionNumber, DateOnly AsOf, bool IsLatest, bool Bilingual,
    IReadOnlyList<RenderedSection> Sections, IReadOnlyList<EditionLink> Editions)
{
    /// <summary>The address of the online version in the same culture (QR codes point here).</summary>
    public string OnlineUrl { get; init; } = "";

    /// <summary>The stylesheet of the print view: a site path on the web, a file name beside the page when printing to PDF.</summary>
    public string PrintStylesheet { get; init; } = "/css/brochure-print.css";
}

public sealed record EditionLink(int Number, DateOnly AsOf);

/// <summary>One section; <see cref="Lang"/> is the culture of its text (German when the translation is missing or outdated).</summary>
public sealed record RenderedSection(string Key, string Title, string Lang, bool IsFallback, IReadOnlyList<BrochureBlock> Blocks, RenderedSection? German = null);

public abstract record BrochureBlock;

public sealed record MarkdownBlock(string Html) : BrochureBlock;

public sealed record ContactBlock(ContactCard Contact) : BrochureBlock;

public sealed record OfferBlock(OfferCard Offer) : BrochureBlock;

/// <summary>An organisation's or office's current contact data; empty fields are left out, never guessed.</summary>
public sealed record ContactCard(string Name, string? Street, string? PostalCode, string? City, string? Phone, string? Email, string? Website, string? OpeningHours);

public sealed record OfferCard(int Id, string Slug, string Title, string Summary, string Lang, string Provider);
