using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Data;

/// <summary>
/// Stamps who changed an editable entity and when, issues a new concurrency token, and writes the audit log:
/// the changes are read before the save and written right after it, when new entries have their ids.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    private readonly AuditRecorder _recorder = new();
    private bool _writingLog;

    private string User => http.HttpContext?.User.Identity?.Name ?? "system";

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

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (WriteLog(eventData.Context) is { } context) context.SaveChanges();
        _writingLog = false;
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (WriteLog(eventData.Context) is { } context) await context.SaveChangesAsync(cancellationToken);
        _writingLog = false;
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _recorder.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _recorder.Clear();
        return Task.CompletedTask;
    }

    private void Stamp(DbContext? context)
    {
        if (context is null || _writingLog) return;
        var user = User;
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            entry.Entity.Version = Guid.NewGuid();
            entry.Entity.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            entry.Entity.UpdatedBy = user;
        }
        _recorder.Collect(context);
    }

    /// <summary>Adds the audit entries of the save that just finished; the caller saves them (once: the flag stops recursion).</summary>
    private DbContext? WriteLog(DbContext? context)
    {
        if (context is null || _writingLog || _recorder.IsEmpty) return null;
        _writingLog = true;
        context.AddRange(_recorder.Entries(User, clock.GetUtcNow().UtcDateTime));
        return context;
    }
}
