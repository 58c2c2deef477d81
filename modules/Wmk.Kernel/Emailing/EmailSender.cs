using MimeKit;

namespace Wmk.Kernel.Emailing;

/// <summary>Checks the message (a bad address would fail on every retry) and queues it.</summary>
internal sealed class EmailSender(IEmailQueue queue) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.To is not { Count: > 0 })
        {
            throw new ArgumentException("An e-mail needs at least one recipient.", nameof(message));
        }

        foreach (var address in message.To.Concat(message.Cc ?? []).Append(message.ReplyTo).OfType<string>())
        {
            if (!MailboxAddress.TryParse(address, out _))
            {
                throw new ArgumentException($"'{address}' is not a valid e-mail address.", nameof(message));
            }
        }

        if (string.IsNullOrWhiteSpace(message.Subject))
        {
            throw new ArgumentException("An e-mail needs a subject.", nameof(message));
        }

        return queue.EnqueueAsync(message, cancellationToken);
    }
}
