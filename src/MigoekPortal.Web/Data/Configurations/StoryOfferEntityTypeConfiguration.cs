using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class StoryOfferEntityTypeConfiguration : IEntityTypeConfiguration<StoryOffer>
{
    public void Configure(EntityTypeBuilder<StoryOffer> builder)
    {
        builder.ToTable("StoryOffers");
        builder.HasKey(x => new { x.StoryId, x.OfferId });
        builder.HasIndex(x => x.OfferId);
        builder.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
