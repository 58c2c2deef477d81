namespace Wmk.Kernel.Emailing;

/// <summary>Sends e-mail for the current tenant: validates the message and queues it (the outbox), never sends inline.</summary>
public interface IEmailSender
{
    /// <summary>Queues the message; throws <see cref="ArgumentException"/> when it has no or a malformed address.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
