using System.Collections.Concurrent;

namespace MigoekPortal.Web.Brochures;

/// <summary>Which brochure PDFs have been printed, and how large they are: the district page lists them for download.</summary>
public sealed class BrochurePdfCatalog
{
    public const string Stylesheet = "brochure-print.css";

    private readonly ConcurrentDictionary<PdfKey, string> _files = new();

    public void Remember(PdfKey key, string file) => _files[key] = file;

    /// <summary>The size of the last print of this brochure, or null when it has not been printed (or its file is gone).</summary>
    public long? SizeOf(PdfKey key) => _files.TryGetValue(key, out var file) && File.Exists(file) ? new FileInfo(file).Length : null;
}

public sealed record PdfKey(string District, string Culture, bool Bilingual, int Edition);
