using Microsoft.AspNetCore.Mvc;

namespace MigoekPortal.Web.Controllers;

/// <summary>Friendly pages for status codes and unhandled errors, in the visitor's language, without details.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    // A status page for a half-read upload must not try to read the rest of its form.
    [Route("/error/{code:int}"), Infrastructure.DisableFormValueModelBinding]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(Response.StatusCode);
    }
}
