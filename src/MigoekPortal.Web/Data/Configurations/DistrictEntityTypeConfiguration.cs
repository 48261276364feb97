using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class DistrictEntityTypeConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Slug).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(2);
        builder.Property(d => d.Website).HasMaxLength(500);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.UpdatedBy).HasMaxLength(256);
        builder.Ignore(d => ((IDistrictOwned)d).DistrictId);
        // A complex property, not an owned entity: editing the office marks the district modified,
        // so its concurrency token and audit stamps are updated too.
        builder.ComplexProperty(d => d.Office, office =>
        {
            office.Property(o => o.Name).HasMaxLength(200);
            office.Property(o => o.Street).HasMaxLength(200);
            office.Property(o => o.PostalCode).HasMaxLength(10);
            office.Property(o => o.City).HasMaxLength(100);
            office.Property(o => o.Phone).HasMaxLength(40);
            office.Property(o => o.Email).HasMaxLength(256);
            office.Property(o => o.Website).HasMaxLength(500);
        });
    }
}
