using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class OrganizationEntityTypeConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.HasQueryFilter(x => x.DeletedAtUtc == null); // the bin (Admin/BinController) is the one place that ignores it
        builder.HasIndex(o => o.ExternalId).IsUnique();
        builder.Property(o => o.ExternalId).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.UpdatedBy).HasMaxLength(256);
        builder.Property(o => o.Street).HasMaxLength(200);
        builder.Property(o => o.PostalCode).HasMaxLength(10);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.Property(o => o.OpeningHours).HasMaxLength(400);
        builder.Property(o => o.LanguagesSpoken).HasMaxLength(200);
        builder.OwnsMany(o => o.Contacts, c =>
        {
            c.ToTable("OrganizationContacts");
            c.WithOwner().HasForeignKey("OrganizationId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Role).HasMaxLength(200);
            c.Property(x => x.Phone).HasMaxLength(40);
            c.Property(x => x.Email).HasMaxLength(256);
        });
        builder.HasOne(o => o.District).WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
