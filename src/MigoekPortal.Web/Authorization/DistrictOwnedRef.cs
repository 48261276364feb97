using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Authorization;

/// <summary>A district (or central, when null) to authorize against when the thing itself is not loaded, e.g. an audit history.</summary>
public sealed record DistrictOwnedRef(int? DistrictId) : IDistrictOwned;
