namespace MigoekPortal.Web.Infrastructure;

public static class PublicOrigin
{
    /// <summary>
    /// The portal's public address for links that leave the request (e-mails): <c>Portal:BaseUrl</c> when set,
    /// so a forged Host header cannot put another address into an invitation; else the request's own.
    /// </summary>
    public static string Of(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Portal:BaseUrl"]?.TrimEnd('/') is { Length: > 0 } configured
            ? configured
            : $"{request.Scheme}://{request.Host}";
}
