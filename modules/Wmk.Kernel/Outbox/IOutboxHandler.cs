namespace Wmk.Kernel.Outbox;

/// <summary>
/// Handles one type of outbox message. Runs inside the message's tenant in a fresh DI scope, so it reads that
/// tenant's settings. Throwing leaves the message in the outbox to be retried with back-off.
/// Register with <see cref="OutboxServiceCollectionExtensions.AddOutboxHandler{THandler}"/>.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>The message type this handler takes.</summary>
    string Type { get; }

    /// <summary>Handles the JSON payload; must be safe to run twice (delivery is at least once).</summary>
    Task HandleAsync(string payload, CancellationToken cancellationToken);
}
