namespace Wmk.Kernel.Emailing;

/// <summary>
/// Where <see cref="IEmailSender"/> puts validated messages. The outbox implements it (stored with the current
/// tenant, in the caller's transaction, retried); the kernel's default dispatches at once.
/// </summary>
public interface IEmailQueue
{
    /// <summary>Queues a validated message for the current tenant.</summary>
    Task EnqueueAsync(EmailMessage message, CancellationToken ct);
}
