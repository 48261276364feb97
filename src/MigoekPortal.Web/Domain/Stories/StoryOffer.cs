namespace MigoekPortal.Web.Domain.Stories;

/// <summary>An offer from the database that helped the entrepreneur of a story.</summary>
public sealed class StoryOffer
{
    public int StoryId { get; set; }

    public int OfferId { get; set; }
}
