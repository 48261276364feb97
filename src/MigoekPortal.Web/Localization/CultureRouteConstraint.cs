namespace MigoekPortal.Web.Localization;

/// <summary>Matches only the supported culture names, so <c>/xx/</c> is a 404 and never a 500.</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Cultures.IsSupported(value as string);
}
