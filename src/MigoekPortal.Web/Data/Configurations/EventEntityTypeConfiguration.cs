using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigoekPortal.Web.Domain.Events;

namespace MigoekPortal.Web.Data.Configurations;

public sealed class EventEntityTypeConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasQueryFilter(x => x.DeletedAtUtc == null); // the bin (Admin/BinController) is the one place that ignores it
        builder.HasIndex(e => e.Uid).IsUnique();
        builder.HasIndex(e => new { e.Start, e.DistrictId });
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Cost).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Registration).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.VenueName).HasMaxLength(200);
        builder.Property(e => e.Street).HasMaxLength(200);
        builder.Property(e => e.PostalCode).HasMaxLength(10);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.OnlineUrl).HasMaxLength(500);
        builder.Property(e => e.Languages).HasMaxLength(200);
        builder.Property(e => e.RegistrationUrl).HasMaxLength(500);
        builder.Property(e => e.RegistrationEmail).HasMaxLength(256);
        builder.Property(e => e.Partners).HasMaxLength(1000);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.District).WithMany().HasForeignKey(e => e.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Organiser).WithMany().HasForeignKey(e => e.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Translations).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(e => e.Materials, m =>
        {
            m.ToTable("EventMaterials");
            m.WithOwner().HasForeignKey("EventId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Title).HasMaxLength(200);
            m.Property(x => x.Url).HasMaxLength(500);
        });
    }
}
