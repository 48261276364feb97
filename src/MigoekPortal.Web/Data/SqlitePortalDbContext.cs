using Microsoft.EntityFrameworkCore;

namespace MigoekPortal.Web.Data;

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);
