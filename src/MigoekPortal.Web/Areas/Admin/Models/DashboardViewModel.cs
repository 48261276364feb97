using MigoekPortal.Web.Dashboard;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>One report per district the user may edit, then the central content for CentralEditors and PortalAdmins.</summary>
public sealed record DashboardViewModel(IReadOnlyList<AttentionReport> Reports, bool OperatorMissing, bool RightToLeft);
