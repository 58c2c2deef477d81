using MimeKit;

namespace Wmk.Kernel.Emailing;

/// <summary>Hands a finished MIME message to the outside world.</summary>
internal interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
