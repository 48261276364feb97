using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace MigoekPortal.Web.Localization;

/// <summary>
/// Takes the culture from the first path segment. For a re-executed error page it looks at the
/// original path, so <c>/ar/unknown</c> gets an Arabic 404 page.
/// </summary>
public sealed class PathRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? httpContext.Request.Path.Value
            ?? "";
        var first = path.Split('/', 3, StringSplitOptions.None) is [_, var segment, ..] ? segment : null;
        return Task.FromResult(Cultures.IsSupported(first) ? new ProviderCultureResult(first) : null);
    }
}
