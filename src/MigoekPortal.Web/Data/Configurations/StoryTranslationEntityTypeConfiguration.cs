using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class StoryTranslationEntityTypeConfiguration : IEntityTypeConfiguration<StoryTranslation>
{
    public void Configure(EntityTypeBuilder<StoryTranslation> builder)
    {
        builder.HasKey(t => new { t.StoryId, t.Culture });
        builder.Property(t => t.Culture).HasMaxLength(10);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Quote).HasMaxLength(500);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
