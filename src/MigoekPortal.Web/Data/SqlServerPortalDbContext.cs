using Microsoft.EntityFrameworkCore;

namespace MigoekPortal.Web.Data;

public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
