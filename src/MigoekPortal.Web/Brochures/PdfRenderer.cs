using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MigoekPortal.Web.Brochures;

/// <summary>
/// Prints a self-contained HTML page (plus its stylesheet) to PDF with headless Chromium. The result is kept
/// under the SHA-256 of the page and stylesheet, so the same content is printed once and any change prints anew.
/// One print at a time: Chromium is heavy for a small server.
/// </summary>
public sealed partial class PdfRenderer(IOptions<PdfOptions> options, IWebHostEnvironment env, ILogger<PdfRenderer> log) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string CacheFolder => options.Value.CacheFolder is { Length: > 0 } folder ? folder : Path.Combine(env.ContentRootPath, "App_Data", "pdf-cache");

    public void Dispose() => _gate.Dispose();

    /// <summary>The cached file for this content, printing it first if needed.</summary>
    public async Task<string> RenderAsync(string html, string stylesheetFile, CancellationToken ct)
    {
        var file = env.WebRootFileProvider.GetFileInfo("css/" + stylesheetFile);
        if (!file.Exists || file.PhysicalPath is null)
            throw new InvalidOperationException($"css/{stylesheetFile} is not in the web root; start the portal from its own folder or set its content root.");
        var css = await File.ReadAllTextAsync(file.PhysicalPath, ct);
        var target = Path.Combine(CacheFolder, Hash(html + "\n" + css) + ".pdf");
        if (File.Exists(target)) return target;

        await _gate.WaitAsync(ct);
        var work = Directory.CreateTempSubdirectory("migoek-pdf-");
        try
        {
            if (File.Exists(target)) return target;
            await File.WriteAllTextAsync(Path.Combine(work.FullName, "index.html"), html, ct);
            await File.WriteAllTextAsync(Path.Combine(work.FullName, stylesheetFile), css, ct);
            var output = Path.Combine(work.FullName, "out.pdf");
            await RunChromiumAsync(work.FullName, output, ct);
            Directory.CreateDirectory(CacheFolder);
            File.Move(output, target, overwrite: true);
            return target;
        }
        finally
        {
            _gate.Release();
            work.Delete(recursive: true);
        }
    }

    private async Task RunChromiumAsync(string folder, string output, CancellationToken ct)
    {
        var start = new ProcessStartInfo(options.Value.ChromiumPath)
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            $"--user-data-dir={Path.Combine(folder, "profile")}", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
            $"--print-to-pdf={output}", new Uri(Path.Combine(folder, "index.html")).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {options.Value.ChromiumPath}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0 || !File.Exists(output))
            throw new InvalidOperationException($"Chromium could not print the PDF (exit {process.ExitCode}): {await stderr}");
        Printed(log, watch.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Printed a brochure PDF in {Milliseconds} ms")]
    private static partial void Printed(ILogger logger, long milliseconds);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
