using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MigoekPortal.Web.Infrastructure;

/// <summary>Renders a view to a string: the print view handed to Chromium, and previews in a chosen language.</summary>
public static class ViewRendering
{
    public static async Task<string> RenderViewToStringAsync(this Controller controller, string viewPath, object model)
    {
        var engine = controller.HttpContext.RequestServices.GetRequiredService<ICompositeViewEngine>();
        var found = viewPath.StartsWith('~') ? engine.GetView(null, viewPath, isMainPage: true) : engine.FindView(controller.ControllerContext, viewPath, isMainPage: true);
        var view = found.View ?? throw new InvalidOperationException($"No view {viewPath}.");
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var context = new ViewContext(controller.ControllerContext, view, new ViewDataDictionary(controller.ViewData) { Model = model },
            controller.TempData, writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return writer.ToString();
    }
}
