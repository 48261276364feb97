namespace MigoekPortal.Web.Infrastructure.Mail;

/// <summary>Outgoing e-mail (section "Mail"): an SMTP server, or a folder that receives each message as an .eml file.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>When set, messages are written here instead of sent (Development; tests read them).</summary>
    public string? PickupFolder { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS on the submission port; false only for a local mail catcher.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "MIGOEK-Portal <no-reply@localhost>";
}
