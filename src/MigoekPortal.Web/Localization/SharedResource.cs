namespace MigoekPortal.Web.Localization;

/// <summary>Marker type for the shared UI strings in <c>SharedResource.resx</c> (German) and its translations.</summary>
public sealed class SharedResource;
