using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Data;

/// <summary>Stamps who changed an editable entity and when, and issues a new concurrency token.</summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var user = http.HttpContext?.User.Identity?.Name ?? "system";
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            entry.Entity.Version = Guid.NewGuid();
            entry.Entity.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            entry.Entity.UpdatedBy = user;
        }
    }
}
