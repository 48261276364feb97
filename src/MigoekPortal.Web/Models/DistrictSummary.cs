using System.Linq.Expressions;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Models;

public sealed record DistrictSummary(string Slug, string Name, FederalState State)
{
    public static readonly Expression<Func<District, DistrictSummary>> Projection = d => new DistrictSummary(d.Slug, d.Name, d.State);
}
