using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Data.Seed;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;
using MigoekPortal.Web.Offers.Import;
using Serilog;

namespace MigoekPortal.Web.Infrastructure;

public static class ApplicationServiceExtensions
{
    /// <summary>Everything the portal needs, in one place; Program.cs stays short.</summary>
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSerilog((sp, log) =>
        {
            // Levels and enrichers come from appsettings; the console format follows the environment.
            log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(sp);
            if (builder.Environment.IsDevelopment())
                log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            else
                log.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
        });

        builder.AddPortalDatabase();
        services.AddHttpContextAccessor();
        // A year, the minimum for browser preload lists; subdomains stay out, a district may run its own.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddSingleton(TimeProvider.System);
        services.Configure<OperatorOptions>(builder.Configuration.GetSection(OperatorOptions.Section));
        services.AddScoped<ContentSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<OfferSeeder>();
        services.AddScoped<BrochureSeeder>();
        services.AddScoped<EventSeeder>();
        services.AddScoped<StorySeeder>();
        services.AddSingleton<Media.IMediaStore, Media.LocalFolderMediaStore>();
        services.Configure<Media.MediaOptions>(builder.Configuration.GetSection(Media.MediaOptions.Section));
        services.AddSingleton<Training.TrainingContent>();
        services.Configure<Mail.MailOptions>(builder.Configuration.GetSection(Mail.MailOptions.Section));
        services.AddSingleton<Mail.IMailSender, Mail.MailKitMailSender>();
        services.AddScoped<Brochures.BrochurePublisher>();
        services.AddScoped<Brochures.BrochureRenderer>();
        services.AddSingleton<Brochures.PdfRenderer>();
        services.AddSingleton<Brochures.BrochurePdfCatalog>();
        services.AddHttpClient();
        services.AddHostedService<Brochures.BrochurePdfWarmUp>();
        services.Configure<Brochures.PdfOptions>(builder.Configuration.GetSection(Brochures.PdfOptions.Section));
        services.AddScoped<Dashboard.AttentionQuery>();
        services.AddHostedService<Dashboard.WeeklyDigest>().Configure<Dashboard.DigestOptions>(builder.Configuration.GetSection(Dashboard.DigestOptions.Section));
        services.AddScoped<OfferImporter>();
        services.AddScoped<OfferExporter>();
        services.AddSingleton<OfferSearchIndex>();
        services.AddScoped<Housekeeping.BinPurger>();
        services.AddHostedService<Housekeeping.BinPurgeService>();
        services.AddHostedService<OfferSearchWarmUp>().Configure<OfferSearchOptions>(builder.Configuration.GetSection(OfferSearchOptions.Section));

        // Write Arabic, Cyrillic and every other script as text, not as numeric character references.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddPortalLocalization();
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.ModelBinderProviders.Insert(0, new StaffInputBinderProvider());
            })
            .AddPortalViewLocalization()
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
                // Arabic, Cyrillic and umlauts as text, not \u escapes (the content type is application/json).
                o.JsonSerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            });
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
            o.LocalizeModelBindingMessages(factory.Create(typeof(SharedResource))));

        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                // Length over composition rules (NIST SP 800-63B, BSI IT-Grundschutz ORP.4).
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<Accounts.InvitationTokenProvider>(Accounts.InvitationTokenProvider.ProviderName)
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        // An invitation link lives longer than a password-reset link (one day), so it has its own provider and lifespan.
        services.AddOptions<Accounts.InvitationTokenProviderOptions>().Configure<IConfiguration>((o, config) =>
        {
            o.Name = Accounts.InvitationTokenProvider.ProviderName;
            o.TokenLifespan = config.GetValue("Invitations:Lifetime", TimeSpan.FromDays(7));
        });
        // A disabled account or a reset 2FA changes the security stamp: open sessions end within this interval.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((o, config) =>
            o.ValidationInterval = config.GetValue("Accounts:SecurityStampValidationInterval", TimeSpan.FromMinutes(1)));
        Accounts.AccountRateLimits.AddAccountRateLimits(services);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/admin/account/login";
            o.LogoutPath = "/admin/account/logout";
            o.Cookie.Name = "migoek.auth";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A signed-in user without the right gets a 403 page, not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(o => o.Cookie.Name = "migoek.af");

        services.AddScoped<IAuthorizationHandler, DistrictOwnershipHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.PortalAdmin, p => p.RequireRole(Roles.PortalAdmin));

        // Sign-in cookies survive restarts when the keys live on a volume (docker-compose sets the path).
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keysPath)).SetApplicationName("MigoekPortal");
        }

        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>(tags: ["ready"]);
    }
}
