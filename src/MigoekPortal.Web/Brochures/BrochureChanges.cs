using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Brochures;

/// <summary>What differs between an edition and the working copy: sections added, removed, moved, or with changed texts.</summary>
public static class BrochureChanges
{
    public static IReadOnlyList<BrochureChange> Between(EditionContent before, EditionContent now)
    {
        var changes = new List<BrochureChange>();
        var keys = now.Sections.Select(x => x.Key).ToHashSet();
        var common = before.Sections.Select(x => x.Key).Where(keys.Contains).ToList();
        var old = before.Sections.ToDictionary(x => x.Key, x => (x, i: common.IndexOf(x.Key)));
        var position = 0;
        foreach (var section in now.Sections)
        {
            var title = section.Texts[Cultures.Default].Title;
            if (!old.TryGetValue(section.Key, out var was))
            {
                changes.Add(new("added", title, []));
                continue;
            }
            var de = section.Texts[Cultures.Default];
            var wasDe = was.x.Texts[Cultures.Default];
            if (de.Title != wasDe.Title || de.Body != wasDe.Body) changes.Add(new("changed", title, []));
            var translations = section.Texts.Where(t => t.Key != Cultures.Default
                && (!was.x.Texts.TryGetValue(t.Key, out var w) || w.Title != t.Value.Title || w.Body != t.Value.Body)).Select(t => t.Key).ToList();
            if (translations.Count > 0) changes.Add(new("translated", title, translations));
            if (was.i != position++) changes.Add(new("moved", title, []));
        }
        changes.AddRange(before.Sections.Where(x => !keys.Contains(x.Key)).Select(x => new BrochureChange("removed", x.Texts[Cultures.Default].Title, [])));
        return changes;
    }
}
