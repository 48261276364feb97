namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The organisation form; after a conflicting save, <see cref="Current"/> holds what the other editor saved.</summary>
public sealed record OrganizationEditViewModel(int Id, string ExternalId, string? District, OrganizationInput Input, OrganizationInput? Current = null);

public sealed record OrganizationListViewModel(int Total, int Page, int PageSize, IReadOnlyList<OrganizationRow> Rows);

public sealed record OrganizationRow(int Id, string Name, string? District, IReadOnlyList<string> Missing);
