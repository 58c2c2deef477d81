using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Wmk.Kernel.Emailing;

/// <summary>One SMTP server's connection details, all from the same settings level.</summary>
internal sealed record SmtpTransportOptions(string Host, int Port, SmtpSecurityMode Security, string? UserName, string? Password);

/// <summary>Sends through an SMTP server with MailKit: connect, authenticate when an account is set, send, quit.</summary>
internal sealed class SmtpEmailTransport(SmtpTransportOptions options) : IEmailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public SmtpTransportOptions Options { get; } = options;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var socket = Options.Security switch
        {
            SmtpSecurityMode.None => SecureSocketOptions.None,
            SmtpSecurityMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(Options.Host, Options.Port, socket, ct);
        if (!string.IsNullOrEmpty(Options.UserName))
        {
            await client.AuthenticateAsync(Options.UserName, Options.Password ?? string.Empty, ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
