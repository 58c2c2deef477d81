using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wmk.Kernel.Outbox;

/// <summary>
/// On every context: reports commits and rollbacks to the <see cref="OutboxSignal"/>, which wakes the drainer when the
/// committed transaction carried outbox messages (a <see cref="WmkTransaction"/> commits on the module's context).
/// A transaction that starts, fails or rolls back is forgotten: Npgsql reuses its transaction objects, and a transaction
/// disposed without commit or rollback would otherwise stay marked until the object is used again.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.Committed(transaction);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Committed(transaction);
        return Task.CompletedTask;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        signal.Forget(result);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        signal.Forget(result);
        return ValueTask.FromResult(result);
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        signal.Forget(transaction);

    public override Task TransactionFailedAsync(
        DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Forget(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.Forget(transaction);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Forget(transaction);
        return Task.CompletedTask;
    }
}
