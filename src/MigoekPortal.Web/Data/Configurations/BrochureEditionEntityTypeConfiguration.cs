using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Brochures;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class BrochureEditionEntityTypeConfiguration : IEntityTypeConfiguration<BrochureEdition>
{
    public void Configure(EntityTypeBuilder<BrochureEdition> builder)
    {
        builder.HasIndex(e => new { e.BrochureId, e.Number }).IsUnique();
        builder.Property(e => e.Languages).HasMaxLength(100);
        builder.Property(e => e.PublishedBy).HasMaxLength(256);
    }
}
