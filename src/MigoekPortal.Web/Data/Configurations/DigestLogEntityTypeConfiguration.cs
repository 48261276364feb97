using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class DigestLogEntityTypeConfiguration : IEntityTypeConfiguration<DigestLog>
{
    public void Configure(EntityTypeBuilder<DigestLog> builder)
    {
        builder.Property(l => l.Week).HasMaxLength(8);
        builder.HasIndex(l => new { l.DistrictId, l.Week }).IsUnique();
        builder.HasOne<District>().WithMany().HasForeignKey(l => l.DistrictId);
    }
}
