using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Authorization;

public enum PublishDecision { Publish, Submitted, OwnSubmission }

/// <summary>
/// Four-eyes publishing: in a district that requires a second approval, the first publish records a submission
/// and the item stays a draft; only a different person's publish puts it on the site. Central content is unaffected.
/// </summary>
public static class FourEyes
{
    /// <summary>Decides a publish by <paramref name="user"/> and records or clears the submission on <paramref name="item"/>.</summary>
    public static async Task<PublishDecision> PublishAsync(PortalDbContext db, ISubmittable item, string user, DateTime nowUtc, CancellationToken ct)
    {
        if (item.DistrictId is not { } districtId || !await db.Districts.AnyAsync(d => d.Id == districtId && d.RequiresSecondApproval, ct))
        {
            Clear(item);
            return PublishDecision.Publish;
        }
        if (item.SubmittedBy is null)
        {
            item.SubmittedBy = user;
            item.SubmittedAtUtc = nowUtc;
            return PublishDecision.Submitted;
        }
        if (string.Equals(item.SubmittedBy, user, StringComparison.OrdinalIgnoreCase)) return PublishDecision.OwnSubmission;
        Clear(item);
        return PublishDecision.Publish;
    }

    public static void Clear(ISubmittable item)
    {
        item.SubmittedBy = null;
        item.SubmittedAtUtc = null;
    }
}
