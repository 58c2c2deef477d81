namespace Wmk.Kernel.Emailing;

/// <summary>
/// Transmits a message through the current tenant's transport (its own SMTP server, else the host's, else the
/// pickup folder). Resolve it in a scope created inside the tenant: the outbox drainer calls it per message.
/// </summary>
public interface IEmailDispatcher
{
    /// <summary>Builds the MIME message (From from the tenant's settings) and hands it to the transport.</summary>
    Task DispatchAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
