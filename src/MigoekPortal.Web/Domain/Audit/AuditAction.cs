namespace MigoekPortal.Web.Domain.Audit;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Restored,
}
