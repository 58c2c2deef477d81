using MimeKit;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Emailing;

internal sealed class EmailDispatcher(EmailTransportSelector transports, ISettingProvider settings, TimeProvider clock)
    : IEmailDispatcher
{
    public async Task DispatchAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = await BuildAsync(message, cancellationToken);
        var transport = await transports.SelectAsync(cancellationToken);
        await transport.SendAsync(mime, cancellationToken);
    }

    private async Task<MimeMessage> BuildAsync(EmailMessage message, CancellationToken ct)
    {
        var fromAddress = await settings.GetAsync(EmailSettingNames.FromAddress, ct)
            ?? throw new InvalidOperationException($"Setting '{EmailSettingNames.FromAddress}' is empty.");
        var mime = new MimeMessage { Subject = message.Subject, Date = clock.GetUtcNow() };
        mime.From.Add(new MailboxAddress(await settings.GetAsync(EmailSettingNames.FromName, ct), fromAddress));
        mime.To.AddRange(message.To.Select(MailboxAddress.Parse));
        mime.Cc.AddRange((message.Cc ?? []).Select(MailboxAddress.Parse));
        if (!string.IsNullOrWhiteSpace(message.ReplyTo))
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(message.ReplyTo));
        }

        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }
}
