using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace MigoekPortal.Web.Infrastructure;

public static class PipelineExtensions
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
        }
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        app.UseRouting();
        app.UseRateLimiter();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        app.MapOpenApi("/api/{documentName}/openapi.json");
    }
}
