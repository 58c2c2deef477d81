namespace Wmk.Kernel.Emailing;

/// <summary>The default queue without an outbox: dispatches at once in the caller's tenant and scope.</summary>
internal sealed class DirectEmailQueue(IEmailDispatcher dispatcher) : IEmailQueue
{
    public Task EnqueueAsync(EmailMessage message, CancellationToken ct) => dispatcher.DispatchAsync(message, ct);
}
