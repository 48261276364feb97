using MigoekPortal.Web.Commands;
using MigoekPortal.Web.Infrastructure;

var (command, options, hostArgs) = PortalCommands.Parse(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddApplicationServices();
var app = builder.Build();

if (command is not null)
{
    return await PortalCommands.RunAsync(app, command, options);
}

await app.PrepareDatabaseAsync();
app.UsePortalPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
