using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Wmk.Housing.Data;
using Wmk.Kernel.Errors;

namespace Wmk.Housing.Features.Contracts;

/// <summary>
/// Makes "check the place is free, then write the contract" one step under concurrent requests. On SQLite the
/// transaction starts as <c>BEGIN IMMEDIATE</c> (the default of Microsoft.Data.Sqlite): writers queue, so the second
/// one reads the first one's contract and the rule check refuses it. On PostgreSQL the exclusion constraint
/// <c>EX_OccupancyContracts_Place</c> (TenantId, UnitId, Place, daterange(Start, last day, '[]')) refuses the loser,
/// answered as a 409. Several inserts racing for one place can also make PostgreSQL abort one as a deadlock (EF Core
/// then reports a "transient failure"); that loser gets the same 409. Inside a caller's transaction (<c>IOccupancy</c>
/// with a transaction) that transaction is used.
/// </summary>
internal static class PlaceGuard
{
    /// <summary>PostgreSQL's exclusion_violation, deadlock_detected and serialization_failure.</summary>
    private static readonly string[] LostTheRace = ["23P01", "40P01", "40001"];

    public static async Task<IDbContextTransaction?> BeginAsync(HousingDbContext db, CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    public static async Task SaveAsync(HousingDbContext db, IDbContextTransaction? transaction, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (LostRace(ex))
        {
            throw new ConflictException(typeof(HousingResource), "Contract:PlaceTakenMeanwhile");
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>Whether a failed save lost the race for the place (its own exception or wrapped as a transient failure).</summary>
    internal static bool LostRace(Exception ex) =>
        ex is DbUpdateException or InvalidOperationException && LostTheRace.Contains(SqlState(ex));

    private static string? SqlState(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException { SqlState: { } state })
            {
                return state;
            }
        }

        return null;
    }
}
