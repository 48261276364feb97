using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Brochures;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class BrochureEntityTypeConfiguration : IEntityTypeConfiguration<Brochure>
{
    public void Configure(EntityTypeBuilder<Brochure> builder)
    {
        builder.HasIndex(b => b.DistrictId).IsUnique();
        builder.HasOne(b => b.District).WithMany().HasForeignKey(b => b.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Sections).WithOne().HasForeignKey(s => s.BrochureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Editions).WithOne().HasForeignKey(e => e.BrochureId).OnDelete(DeleteBehavior.Cascade);
    }
}
