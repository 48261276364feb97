using Microsoft.AspNetCore.Mvc;

namespace MigoekPortal.Web.Controllers;

/// <summary>Friendly pages for status codes and unhandled errors, in the visitor's language, without details.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(Response.StatusCode);
    }
}
