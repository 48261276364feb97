using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Audit;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Data;

/// <summary>
/// The one context for Identity and content. Abstract: each database provider has its own
/// sealed subclass so that each keeps its own migrations (see docs/adr/001-two-database-providers.md).
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<District> Districts => Set<District>();

    public DbSet<DistrictMembership> DistrictMemberships => Set<DistrictMembership>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<OfferTranslation> OfferTranslations => Set<OfferTranslation>();

    public DbSet<Brochure> Brochures => Set<Brochure>();

    public DbSet<BrochureSection> BrochureSections => Set<BrochureSection>();

    public DbSet<BrochureSectionTranslation> BrochureSectionTranslations => Set<BrochureSectionTranslation>();

    public DbSet<BrochureEdition> BrochureEditions => Set<BrochureEdition>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventTranslation> EventTranslations => Set<EventTranslation>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<StoryTranslation> StoryTranslations => Set<StoryTranslation>();

    public DbSet<StoryOffer> StoryOffers => Set<StoryOffer>();

    public DbSet<DigestLog> DigestLogs => Set<DigestLog>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
