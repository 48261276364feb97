using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MigoekPortal.Web.Infrastructure.Mail;

/// <summary>
/// E-mail through SMTP with MailKit, or into <see cref="MailOptions.PickupFolder"/> as .eml files.
/// Without either, sending fails loudly: a lost invitation is worse than an error.
/// </summary>
public sealed partial class MailKitMailSender(IOptions<MailOptions> options, IWebHostEnvironment env, ILogger<MailKitMailSender> log) : IMailSender
{
    public async Task SendAsync(string to, string subject, string text, string? html = null, CancellationToken ct = default)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();

        if (o.PickupFolder is { Length: > 0 } folder)
        {
            var path = Path.Combine(env.ContentRootPath, folder);
            Directory.CreateDirectory(path);
            var file = Path.Combine(path, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, ct);
            Written(log, file);
            return;
        }
        if (o.Host is not { Length: > 0 }) throw new InvalidOperationException("No mail server configured: set Mail:Host (or Mail:PickupFolder).");
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(o.Host, o.Port, o.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (o.User is { Length: > 0 }) await smtp.AuthenticateAsync(o.User, o.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
        Sent(log, subject);
    }

    // Addresses are personal data: the log names the file or the subject, not the recipient.
    [LoggerMessage(Level = LogLevel.Information, Message = "Mail written to {File}")]
    private static partial void Written(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail sent: {Subject}")]
    private static partial void Sent(ILogger logger, string subject);
}
