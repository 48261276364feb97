namespace MigoekPortal.Web.Infrastructure.Mail;

/// <summary>Sends one plain-text e-mail (optionally with an HTML part) to one address.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string text, string? html = null, CancellationToken ct = default);
}
