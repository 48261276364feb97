using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace MigoekPortal.Web.Authorization;

/// <summary>The operations staff perform on district-owned things.</summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement Create = new() { Name = nameof(Create) };
    public static readonly OperationAuthorizationRequirement Delete = new() { Name = nameof(Delete) };
}
