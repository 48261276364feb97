namespace MigoekPortal.Tests.Browser;

/// <summary>Where the external test tools are, and what to do when they are not.</summary>
public static class Tools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("MIGOEK_REQUIRE_BROWSER") == "1";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string VnuJar => Path.Combine(RepositoryRoot, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string IcsChecker => Path.Combine(RepositoryRoot, "tests", "tools", "check-ics.mjs");

    public static string VttChecker => Path.Combine(RepositoryRoot, "tests", "tools", "check-vtt.mjs");

    public static string? WebVttParserMissingReason() =>
        (Directory.Exists(Path.Combine(RepositoryRoot, "tests", "tools", "node_modules", "webvtt-parser")) && OnPath("node")) || Required
            ? null
            : "webvtt-parser not found. Install it with: (cd tests/tools && npm ci); it needs Node.js";

    public static string? IcalJsMissingReason() =>
        (Directory.Exists(Path.Combine(RepositoryRoot, "tests", "tools", "node_modules", "ical.js")) && OnPath("node")) || Required
            ? null
            : "ical.js not found. Install it with: (cd tests/tools && npm ci); it needs Node.js";

    public static string? BrowserMissingReason() =>
        File.Exists(ChromiumPath) || Required
            ? null
            : "Chromium not found at /usr/bin/chromium. Install it with: apt-get install -y chromium fonts-noto-core fonts-noto-ui-core";

    public static string? HtmlCheckerMissingReason() =>
        (File.Exists(VnuJar) && JavaExists()) || Required
            ? null
            : "Nu Html Checker not found. Install it with: (cd tests/tools && npm ci); it needs Java 17 (apt-get install -y default-jre-headless)";

    private static bool JavaExists() => OnPath("java");

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(p => File.Exists(Path.Combine(p, tool)));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MigoekPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
