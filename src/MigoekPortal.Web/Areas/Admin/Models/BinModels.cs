namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>A deleted entry in the bin, with who deleted it and when.</summary>
public sealed record BinRow(string EntityType, int Id, string Title, DateTime DeletedAtUtc, string? DeletedBy)
{
    public int DaysLeft { get; init; }
}
