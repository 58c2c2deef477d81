using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Wmk.Kernel.Data;

/// <summary>Lets several module contexts commit as one.</summary>
public static class TransactionExtensions
{
    /// <summary>Makes a not-yet-used context share the connection and transaction of another.</summary>
    public static Task<IDbContextTransaction?> EnlistAsync(this DbContext context, DbTransaction transaction, CancellationToken ct = default)
    {
        context.Database.SetDbConnection(transaction.Connection, contextOwnsConnection: false);
        return context.Database.UseTransactionAsync(transaction, ct);
    }
}
