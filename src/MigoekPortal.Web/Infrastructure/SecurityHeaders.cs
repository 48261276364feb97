using System.Security.Cryptography;

namespace MigoekPortal.Web.Infrastructure;

/// <summary>
/// Security headers on every response, including error pages and static files. They are set when the response
/// starts, so the exception handler (which clears headers) and status code re-execution cannot drop them.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "MigoekPortal.CspNonce";

    // Scripts are external files in wwwroot/js only; JSON-LD blocks are data, not scripts, and need no exception.
    // Styles: the one inline style block (the brochure print view's page margins) carries a per-request nonce.
    // Frames: stories load YouTube (nocookie) or Vimeo only after the visitor asks for it.
    private const string PolicyStart = "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-";

    private const string PolicyEnd = "'; img-src 'self' data:; media-src 'self'; " +
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; frame-ancestors 'none'; form-action 'self'; " +
        "base-uri 'self'; object-src 'none'";

    private const string Permissions =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>The nonce that lets this response's own inline style block through the Content-Security-Policy.</summary>
    public static string CspNonce(this HttpContext context)
    {
        if (context.Items[NonceKey] is string nonce) return nonce;
        // Hex: no '+', '/' or '=' that Razor would write as character references.
        nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = PolicyStart + context.CspNonce() + PolicyEnd;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = Permissions;
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next();
        });
}
