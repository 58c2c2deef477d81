using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Wmk.Kernel.Outbox;

/// <summary>
/// One database transaction over several DbContexts of the same database (a module's own context and the
/// kernel's, for the outbox or the audit), on one shared connection, so their changes commit or roll back together.
/// </summary>
/// <example>
/// <code>
/// await using var tx = await WmkTransaction.BeginAsync(housingDb, kernelDb);
/// housingDb.Units.Add(unit);
/// outbox.Add("housing.unit-created", new { unit.Id });
/// await housingDb.SaveChangesAsync(ct);
/// await kernelDb.SaveChangesAsync(ct);
/// await tx.CommitAsync(ct);
/// </code>
/// Disposing without <see cref="CommitAsync"/> rolls everything back.
/// </example>
public sealed class WmkTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction transaction;
    private readonly IReadOnlyList<DbContext> joined;
    private readonly IReadOnlyList<DbContext> contexts;

    private WmkTransaction(IDbContextTransaction transaction, DbContext first, IReadOnlyList<DbContext> joined)
    {
        this.transaction = transaction;
        this.joined = joined;
        contexts = [first, .. joined];
    }

    /// <summary>
    /// Begins a transaction on <paramref name="first"/>'s connection and enlists the other contexts on it.
    /// Throws when a context points at another database, or has a transaction or open connection of its own.
    /// </summary>
    public static async Task<WmkTransaction> BeginAsync(DbContext first, params DbContext[] others)
    {
        ArgumentNullException.ThrowIfNull(first);
        var connection = first.Database.GetDbConnection();
        foreach (var other in others)
        {
            Share(connection, first, other);
        }

        var transaction = await first.Database.BeginTransactionAsync();
        try
        {
            var dbTransaction = transaction.GetDbTransaction();
            foreach (var other in others)
            {
                await other.Database.UseTransactionAsync(dbTransaction);
            }
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }

        return new WmkTransaction(transaction, first, others);
    }

    /// <summary>Saves what is still pending in any of the contexts (an outbox message queued last, say), then commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        foreach (var context in contexts.Where(c => c.ChangeTracker.HasChanges()))
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Rolls back the changes saved by all contexts.</summary>
    public Task RollbackAsync(CancellationToken cancellationToken = default) => transaction.RollbackAsync(cancellationToken);

    /// <summary>Ends the transaction (rolling back when not committed) and releases the enlisted contexts.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in joined)
        {
            await context.Database.UseTransactionAsync(null);
        }

        await transaction.DisposeAsync();
    }

    private static void Share(DbConnection connection, DbContext first, DbContext other)
    {
        if (ReferenceEquals(other.Database.GetDbConnection(), connection))
        {
            return;
        }

        var theirs = other.Database.GetDbConnection();
        if (theirs.DataSource != connection.DataSource || theirs.Database != connection.Database)
        {
            throw new InvalidOperationException(
                $"{other.GetType().Name} uses another database than {first.GetType().Name}; one transaction cannot span both.");
        }

        other.Database.SetDbConnection(connection, contextOwnsConnection: false);
    }
}
