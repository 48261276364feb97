using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class OfferEntityTypeConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.HasQueryFilter(x => x.DeletedAtUtc == null); // the bin (Admin/BinController) is the one place that ignores it
        builder.HasIndex(o => o.ExternalId).IsUnique();
        builder.HasIndex(o => new { o.Status, o.DistrictId });
        builder.Property(o => o.ExternalId).HasMaxLength(100);
        builder.Property(o => o.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Cost).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(2);
        builder.Property(o => o.Languages).HasMaxLength(200);
        builder.Property(o => o.Url).HasMaxLength(500);
        builder.Property(o => o.VerifiedBy).HasMaxLength(256);
        builder.Property(o => o.UpdatedBy).HasMaxLength(256);
        builder.Property(o => o.SubmittedBy).HasMaxLength(256);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Provider).WithMany().HasForeignKey(o => o.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.District).WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Translations).WithOne().HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(o => o.Locations, l =>
        {
            l.ToTable("OfferLocations");
            l.WithOwner().HasForeignKey("OfferId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Name).HasMaxLength(200);
            l.Property(x => x.Street).HasMaxLength(200);
            l.Property(x => x.PostalCode).HasMaxLength(10);
            l.Property(x => x.City).HasMaxLength(100);
            l.Property(x => x.OpeningHours).HasMaxLength(400);
            l.Ignore(x => x.IsEmpty);
        });
        builder.ComplexProperty(o => o.Contact, c =>
        {
            c.Property(x => x.Role).HasMaxLength(200);
            c.Property(x => x.Phone).HasMaxLength(40);
            c.Property(x => x.Email).HasMaxLength(256);
            c.Property(x => x.Web).HasMaxLength(500);
        });
    }
}
