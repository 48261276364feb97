namespace MigoekPortal.Web.Dashboard;

/// <summary>The weekly e-mail digest (section "Digest"): when it goes out, in Europe/Berlin time.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    public bool Enabled { get; set; } = true;

    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Monday;

    /// <summary>Hour of the day (0–23) from which the week's digest is sent.</summary>
    public int Hour { get; set; } = 7;

    /// <summary>How often the job looks whether a digest is due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}
