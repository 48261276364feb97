using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Events;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class EventTranslationEntityTypeConfiguration : IEntityTypeConfiguration<EventTranslation>
{
    public void Configure(EntityTypeBuilder<EventTranslation> builder)
    {
        builder.HasKey(t => new { t.EventId, t.Culture });
        builder.Property(t => t.Culture).HasMaxLength(10);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Accessibility).HasMaxLength(1000);
        builder.Property(t => t.StatusNote).HasMaxLength(400);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
