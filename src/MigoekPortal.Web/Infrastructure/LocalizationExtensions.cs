using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Infrastructure;

public static class LocalizationExtensions
{
    public static void AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RouteOptions>(o => o.ConstraintMap["culture"] = typeof(CultureRouteConstraint));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.All.Select(Cultures.Create).ToList();
            o.DefaultRequestCulture = new RequestCulture(cultures[0]);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The URL decides; pages without a culture segment (admin, errors) use the
            // staff's chosen language, then the browser's, then German.
            o.RequestCultureProviders =
            [
                new PathRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    public static IMvcBuilder AddPortalViewLocalization(this IMvcBuilder mvc) => mvc
        .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
        .AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

    /// <summary>Model-binding messages ("the value is not valid") from the shared resources.</summary>
    public static void LocalizeModelBindingMessages(this Microsoft.AspNetCore.Mvc.MvcOptions options, IStringLocalizer s)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetValueMustNotBeNullAccessor(_ => s["Validation.Required"]);
        m.SetMissingBindRequiredValueAccessor(_ => s["Validation.Required"]);
        m.SetMissingKeyOrValueAccessor(() => s["Validation.Required"]);
        m.SetValueIsInvalidAccessor(_ => s["Validation.Invalid"]);
        m.SetAttemptedValueIsInvalidAccessor((_, _) => s["Validation.Invalid"]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => s["Validation.Invalid"]);
        m.SetUnknownValueIsInvalidAccessor(_ => s["Validation.Invalid"]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => s["Validation.Invalid"]);
        m.SetValueMustBeANumberAccessor(_ => s["Validation.Number"]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => s["Validation.Number"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => s["Validation.Required"]);
    }
}
