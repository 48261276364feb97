using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MigoekPortal.Web.Models;

/// <summary>Typed access to what a page tells its layout.</summary>
public static class PageInfo
{
    public static void SetTitle(this ViewDataDictionary viewData, string title) => viewData[nameof(SetTitle)] = title;

    public static string? Title(this ViewDataDictionary viewData) => viewData[nameof(SetTitle)] as string;

    /// <summary>Error and staff pages have no language alternates and must not be indexed.</summary>
    public static void SetPrivate(this ViewDataDictionary viewData) => viewData[nameof(SetPrivate)] = true;

    public static bool IsPrivate(this ViewDataDictionary viewData) => viewData[nameof(SetPrivate)] is true;
}
