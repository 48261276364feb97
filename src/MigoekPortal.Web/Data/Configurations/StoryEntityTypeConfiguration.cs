using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class StoryEntityTypeConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.HasQueryFilter(x => x.DeletedAtUtc == null); // the bin (Admin/BinController) is the one place that ignores it
        builder.HasIndex(s => new { s.Status, s.DistrictId });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Sector).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PersonName).HasMaxLength(120);
        builder.Property(s => s.BusinessName).HasMaxLength(200);
        builder.Property(s => s.VideoKey).HasMaxLength(200);
        builder.Property(s => s.VideoContentType).HasMaxLength(50);
        builder.Property(s => s.ExternalVideoUrl).HasMaxLength(500);
        builder.Property(s => s.PosterKey).HasMaxLength(200);
        builder.Property(s => s.ConsentScope).HasMaxLength(500);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.SubmittedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.District).WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Translations).WithOne().HasForeignKey(t => t.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(s => s.Captions, c =>
        {
            c.ToTable("StoryCaptions");
            c.WithOwner().HasForeignKey("StoryId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Culture).HasMaxLength(10);
            c.Property(x => x.StorageKey).HasMaxLength(200);
            c.HasIndex("StoryId", nameof(StoryCaption.Culture)).IsUnique();
        });
        builder.HasMany(s => s.HelpedBy).WithOne().HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
