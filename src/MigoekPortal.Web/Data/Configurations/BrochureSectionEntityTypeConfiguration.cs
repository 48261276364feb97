using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Brochures;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class BrochureSectionEntityTypeConfiguration : IEntityTypeConfiguration<BrochureSection>
{
    public void Configure(EntityTypeBuilder<BrochureSection> builder)
    {
        builder.HasQueryFilter(x => x.DeletedAtUtc == null); // the bin (Admin/BinController) is the one place that ignores it
        builder.HasIndex(s => new { s.BrochureId, s.Key }).IsUnique();
        builder.Property(s => s.Key).HasMaxLength(60);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.HasMany(s => s.Translations).WithOne().HasForeignKey(t => t.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
