using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Audit;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Data;

/// <summary>
/// Reads the content changes of one save from the change tracker, before the save, and turns them into
/// <see cref="AuditEntry"/> rows after it, when new entries have their ids. Children (translations, contacts,
/// captions) are recorded under the content entry they belong to.
/// </summary>
internal sealed class AuditRecorder
{
    /// <summary>The audited content types; a child with keys to two of them belongs to the first.</summary>
    private static readonly Type[] Roots = [typeof(Story), typeof(Offer), typeof(Event), typeof(Organization), typeof(BrochureSection)];

    private static readonly HashSet<string> Noise =
        [nameof(IVersioned.Version), nameof(IVersioned.UpdatedAtUtc), nameof(IVersioned.UpdatedBy),
         nameof(ISoftDeletable.DeletedAtUtc), nameof(ISoftDeletable.DeletedBy), nameof(Offer.SourceRevision), nameof(Event.Sequence)];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<(Type Type, int Key), Pending> _pending = [];

    public bool IsEmpty => _pending.Count == 0;

    public void Collect(DbContext context)
    {
        _pending.Clear();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var root = Array.IndexOf(Roots, entry.Metadata.ClrType) >= 0 ? entry : null;
            var (type, key) = root is not null ? (entry.Metadata.ClrType, (int)entry.Property("Id").CurrentValue!) : ParentOf(entry);
            if (type is null) continue;
            if (!_pending.TryGetValue((type, key), out var pending)) _pending[(type, key)] = pending = new Pending(type);
            if (root is not null)
            {
                pending.Root = root;
                pending.Action = ActionOf(root);
            }
            Record(entry, pending.Changes, root is null ? LabelOf(entry) : "");
        }
        foreach (var ((type, key), pending) in _pending) pending.DistrictId = DistrictOf(context, type, key, pending.Root);
    }

    public List<AuditEntry> Entries(string user, DateTime now)
    {
        var entries = _pending.Select(p => new AuditEntry
        {
            AtUtc = now, UserName = user, DistrictId = p.Value.DistrictId, EntityType = p.Key.Type.Name,
            EntityId = p.Value.Root is { } root ? (int)root.Property("Id").CurrentValue! : p.Key.Key,
            Action = p.Value.Action, Changes = JsonSerializer.Serialize(p.Value.Changes, Json),
        }).Where(e => e.Action != AuditAction.Updated || e.Changes != "{}").ToList();
        _pending.Clear();
        return entries;
    }

    public void Clear() => _pending.Clear();

    private static AuditAction ActionOf(EntityEntry root)
    {
        if (root.State == EntityState.Added) return AuditAction.Created;
        if (root.State == EntityState.Deleted) return AuditAction.Deleted;
        if (root.Entity is ISoftDeletable)
        {
            var deleted = root.Property(nameof(ISoftDeletable.DeletedAtUtc));
            if (deleted.OriginalValue is null && deleted.CurrentValue is not null) return AuditAction.Deleted;
            if (deleted.OriginalValue is not null && deleted.CurrentValue is null) return AuditAction.Restored;
        }
        return AuditAction.Updated;
    }

    private static (Type? Type, int Key) ParentOf(EntityEntry entry)
    {
        var foreignKey = entry.Metadata.GetForeignKeys()
            .Where(fk => Array.IndexOf(Roots, fk.PrincipalEntityType.ClrType) >= 0 && fk.Properties.Count == 1)
            .OrderBy(fk => Array.IndexOf(Roots, fk.PrincipalEntityType.ClrType)).FirstOrDefault();
        if (foreignKey is null) return (null, 0);
        var value = entry.State == EntityState.Deleted ? entry.Property(foreignKey.Properties[0].Name).OriginalValue : entry.Property(foreignKey.Properties[0].Name).CurrentValue;
        return value is int key ? (foreignKey.PrincipalEntityType.ClrType, key) : (null, 0);
    }

    private static string LabelOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("Culture") is not null && entry.Metadata.ClrType.Name.EndsWith("Translation", StringComparison.Ordinal)
            ? $"translation {entry.Property("Culture").CurrentValue}: "
            : $"{entry.Metadata.ClrType.Name}: ";

    private static void Record(EntityEntry entry, Dictionary<string, AuditChange> changes, string prefix)
    {
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (Noise.Contains(metadata.Name) || metadata.IsPrimaryKey() || (prefix.Length > 0 && metadata.IsForeignKey() && metadata.IsShadowProperty())) continue;
            var before = entry.State == EntityState.Added ? null : Text(property.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Text(property.CurrentValue);
            if (before != after) changes[prefix + metadata.Name] = new AuditChange(before, after);
        }
    }

    private static int? DistrictOf(DbContext context, Type type, int key, EntityEntry? root)
    {
        var entity = root?.Entity ?? context.Find(type, key);
        return entity switch
        {
            IDistrictOwned owned => owned.DistrictId,
            BrochureSection section => context.Set<Brochure>().Where(b => b.Id == section.BrochureId).Select(b => (int?)b.DistrictId).FirstOrDefault(),
            _ => null,
        };
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private sealed class Pending(Type type)
    {
        public Type Type { get; } = type;

        public EntityEntry? Root { get; set; }

        public AuditAction Action { get; set; } = AuditAction.Updated;

        public int? DistrictId { get; set; }

        public Dictionary<string, AuditChange> Changes { get; } = [];
    }
}
