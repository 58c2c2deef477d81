using Wmk.Kernel.Outbox;

namespace Wmk.Kernel.Emailing;

/// <summary>Queues every e-mail in the outbox, in the caller's tenant; the drainer sends it with retries.</summary>
internal sealed class OutboxEmailQueue(IOutbox outbox) : IEmailQueue
{
    public const string MessageType = "kernel.email";

    public Task EnqueueAsync(EmailMessage message, CancellationToken ct) => outbox.EnqueueAsync(MessageType, message, ct);
}

/// <summary>Sends a queued e-mail through the tenant's transport (the drainer runs it inside the message's tenant).</summary>
internal sealed class EmailOutboxHandler(IEmailDispatcher dispatcher) : IOutboxHandler
{
    public string Type => OutboxEmailQueue.MessageType;

    public Task HandleAsync(string payload, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(EmailMessageJson.Deserialize(payload), cancellationToken);
}
