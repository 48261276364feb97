using System.Threading.RateLimiting;

namespace MigoekPortal.Web.Accounts;

/// <summary>Sign-in, codes, password reset and invitations: a fixed window per client address against guessing.</summary>
public static class AccountRateLimits
{
    public const string Policy = "account";

    public static void AddAccountRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            // No body here: the status code page re-executes /error/429 in the visitor's language.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:AccountPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
}
