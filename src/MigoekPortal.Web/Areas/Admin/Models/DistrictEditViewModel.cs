using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The edit form; after a conflicting save, <see cref="Current"/> holds what the other editor saved.</summary>
public sealed record DistrictEditViewModel(int Id, string Name, string Slug, DistrictProfileInput Input, OfficeContact? Current = null);
