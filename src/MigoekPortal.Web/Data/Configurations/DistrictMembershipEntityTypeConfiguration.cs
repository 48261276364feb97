using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class DistrictMembershipEntityTypeConfiguration : IEntityTypeConfiguration<DistrictMembership>
{
    public void Configure(EntityTypeBuilder<DistrictMembership> builder)
    {
        builder.HasKey(m => new { m.UserId, m.DistrictId });
        builder.HasOne<PortalUser>().WithMany(u => u.DistrictMemberships).HasForeignKey(m => m.UserId);
        builder.HasOne(m => m.District).WithMany().HasForeignKey(m => m.DistrictId);
    }
}
