using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class OfferTranslationEntityTypeConfiguration : IEntityTypeConfiguration<OfferTranslation>
{
    public void Configure(EntityTypeBuilder<OfferTranslation> builder)
    {
        builder.HasKey(t => new { t.OfferId, t.Culture });
        builder.Property(t => t.Culture).HasMaxLength(10);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Summary).HasMaxLength(400);
        builder.Property(t => t.CostNote).HasMaxLength(400);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
