namespace MigoekPortal.Web.Offers;

/// <summary>Settings of the offer search (section <c>Search</c>).</summary>
public sealed class OfferSearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How long a search may wait for a pending rebuild of the index before it answers from the previous one.
    /// Zero (the default): never wait; a change to offers shows in search results once the rebuild is done.
    /// </summary>
    public TimeSpan MaxStaleWait { get; set; }
}
