namespace Wmk.Kernel.Outbox;

/// <summary>
/// Queues work (e-mails, integration events) for the current tenant in the kernel database, so it commits with
/// the change that caused it and is handled later, with retries, by the type's <see cref="IOutboxHandler"/>.
/// </summary>
/// <remarks>
/// <see cref="Add"/> only adds the row to the scope's kernel DbContext: it is written by the next
/// <c>SaveChanges</c> of that context. A module that writes its own DbContext and needs both in one transaction
/// opens <see cref="WmkTransaction.BeginAsync"/> over its context and the kernel's, saves both, then commits.
/// </remarks>
public interface IOutbox
{
    /// <summary>Adds a message for the current tenant without saving; throws when no tenant is set.</summary>
    /// <param name="type">The message type, matched against <see cref="IOutboxHandler.Type"/>.</param>
    /// <param name="payload">Serialized as JSON; carry ids and values, never secrets.</param>
    void Add(string type, object payload);

    /// <summary>
    /// Adds a message and saves the kernel DbContext (with anything else pending on it); inside a transaction on that
    /// context (<see cref="WmkTransaction"/>) the message is written by the caller's next save or by the commit, so a batch
    /// of messages goes to the database in one round trip.
    /// </summary>
    Task EnqueueAsync(string type, object payload, CancellationToken cancellationToken = default);
}
