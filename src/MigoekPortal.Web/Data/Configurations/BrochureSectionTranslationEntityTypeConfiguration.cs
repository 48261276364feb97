using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Brochures;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class BrochureSectionTranslationEntityTypeConfiguration : IEntityTypeConfiguration<BrochureSectionTranslation>
{
    public void Configure(EntityTypeBuilder<BrochureSectionTranslation> builder)
    {
        builder.HasKey(t => new { t.SectionId, t.Culture });
        builder.Property(t => t.Culture).HasMaxLength(10);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
    }
}
