using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MigoekPortal.Web.Media;

/// <summary>
/// Checks caption files against the WebVTT format (W3C WebVTT, the parts browsers rely on): the signature line,
/// cue timings, times that run forward, and blank lines between cues. Errors name the line, so staff can fix
/// the file in any text editor.
/// </summary>
public static partial class WebVtt
{
    /// <summary>A problem at a line (1-based); <see cref="Key"/> is a resource key of the message.</summary>
    public sealed record Error(int Line, string Key);

    public sealed record Cue(TimeSpan Start, TimeSpan End, string Text);

    /// <returns>The cues, or the first error.</returns>
    public static (IReadOnlyList<Cue> Cues, Error? Error) Parse(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ([], new Error(1, "Caption.NotUtf8"));
        }
        return Parse(text);
    }

    public static (IReadOnlyList<Cue> Cues, Error? Error) Parse(string text)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (!Signature().IsMatch(lines[0])) return ([], new Error(1, "Caption.NoSignature"));
        var cues = new List<Cue>();
        var i = 1;
        // The header runs to the first blank line.
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (lines[i].Contains("-->", StringComparison.Ordinal)) return ([], new Error(i + 1, "Caption.BlankLineMissing"));
        }
        while (i < lines.Length)
        {
            if (lines[i].Length == 0) { i++; continue; }
            var first = lines[i];
            if (Block().IsMatch(first))
            {
                while (i < lines.Length && lines[i].Length > 0) i++;
                continue;
            }
            if (!first.Contains("-->", StringComparison.Ordinal)) i++; // a cue identifier
            if (i >= lines.Length || lines[i].Length == 0) return ([], new Error(i + 1, "Caption.TimingMissing"));
            var timing = Timing().Match(lines[i]);
            if (!timing.Success) return ([], new Error(i + 1, "Caption.BadTiming"));
            var (start, end) = (Time(timing.Groups["start"].Value), Time(timing.Groups["end"].Value));
            if (end <= start) return ([], new Error(i + 1, "Caption.EndBeforeStart"));
            if (cues.Count > 0 && start < cues[^1].Start) return ([], new Error(i + 1, "Caption.OutOfOrder"));
            var cueLine = ++i;
            var body = new List<string>();
            for (; i < lines.Length && lines[i].Length > 0; i++)
            {
                if (lines[i].Contains("-->", StringComparison.Ordinal)) return ([], new Error(i + 1, "Caption.BlankLineMissing"));
                body.Add(lines[i]);
            }
            if (body.Count == 0) return ([], new Error(cueLine + 1, "Caption.EmptyCue"));
            cues.Add(new Cue(start, end, string.Join('\n', body)));
        }
        return cues.Count == 0 ? ([], new Error(lines.Length, "Caption.NoCues")) : (cues, null);
    }

    /// <summary>Writes cues as a WebVTT file.</summary>
    public static string Write(IEnumerable<Cue> cues)
    {
        var sb = new StringBuilder("WEBVTT\n");
        foreach (var cue in cues) sb.Append('\n').Append(Format(cue.Start)).Append(" --> ").Append(Format(cue.End)).Append('\n').Append(cue.Text).Append('\n');
        return sb.ToString();
    }

    public static string Format(TimeSpan t) => t.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);

    public static TimeSpan Time(string value)
    {
        var parts = value.Split(':');
        var (h, m, s) = parts.Length == 3 ? (int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2]) : (0, parts[0], parts[1]);
        return new TimeSpan(h, 0, 0) + TimeSpan.FromMinutes(int.Parse(m, CultureInfo.InvariantCulture))
            + TimeSpan.FromMilliseconds(decimal.ToDouble(decimal.Parse(s, CultureInfo.InvariantCulture) * 1000));
    }

    [GeneratedRegex(@"^WEBVTT([ \t].*)?$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(NOTE|STYLE|REGION)([ \t].*)?$")]
    private static partial Regex Block();

    private const string Timestamp = @"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}";

    [GeneratedRegex(@"^(?<start>" + Timestamp + @")[ \t]+-->[ \t]+(?<end>" + Timestamp + @")([ \t].*)?$")]
    private static partial Regex Timing();
}
