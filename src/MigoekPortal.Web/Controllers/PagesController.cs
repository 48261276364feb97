using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Infrastructure;

namespace MigoekPortal.Web.Controllers;

/// <summary>The legal pages every German public website has; their German names are also their addresses.</summary>
[Route("/{culture:culture}")]
public sealed class PagesController(IOptionsSnapshot<OperatorOptions> operatorOptions) : Controller
{
    [HttpGet("impressum")]
    public IActionResult Impressum() => View(operatorOptions.Value);

    [HttpGet("datenschutz")]
    public IActionResult Privacy() => View(operatorOptions.Value);

    [HttpGet("barrierefreiheit")]
    public IActionResult Accessibility() => View(operatorOptions.Value);
}
