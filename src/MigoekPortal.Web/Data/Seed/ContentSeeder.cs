using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Data.Seed;

/// <summary>
/// Seeds the content of an empty database, in every environment. Contact data is real and public;
/// a value we could not confirm from a public source stays empty and the admin dashboard flags it.
/// Sources are listed in docs/content-sources.md.
/// </summary>
public sealed class ContentSeeder(PortalDbContext db)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Districts.AnyAsync(ct)) return;
        db.Districts.AddRange(Districts());
        await db.SaveChangesAsync(ct);
    }

    internal static IEnumerable<District> Districts() =>
    [
        new()
        {
            Slug = "cloppenburg",
            Name = "Landkreis Cloppenburg",
            State = FederalState.NI,
            Website = "https://www.lkclp.de",
            Office = new()
            {
                Name = "Landkreis Cloppenburg – Stabsstelle Wirtschaftsförderung",
                Street = "Eschstraße 29",
                PostalCode = "49661",
                City = "Cloppenburg",
                // The district administration's switchboard (Kreishaus); no direct line was confirmed.
                Phone = "+49 4471 15-0",
            },
        },
        new()
        {
            Slug = "holzminden",
            Name = "Landkreis Holzminden",
            State = FederalState.NI,
            Website = "https://www.landkreis-holzminden.de",
            Office = new()
            {
                Name = "Wirtschaftsförderung des Landkreises Holzminden",
                // Postal address of the district administration, which the office belongs to.
                Street = "Bürgermeister-Schrader-Straße 24",
                PostalCode = "37603",
                City = "Holzminden",
            },
        },
        new()
        {
            Slug = "werra-meissner",
            Name = "Werra-Meißner-Kreis",
            State = FederalState.HE,
            Website = "https://www.werra-meissner-kreis.de",
            Office = new()
            {
                Name = "Wirtschaftsförderungsgesellschaft Werra-Meißner-Kreis mbH",
                City = "Eschwege",
            },
        },
    ];
}
