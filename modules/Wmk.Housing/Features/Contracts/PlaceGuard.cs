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
/// answered as a 409. Inside a caller's transaction (<c>IOccupancy</c> with a transaction) that transaction is used.
/// </summary>
internal static class PlaceGuard
{
    /// <summary>PostgreSQL's exclusion_violation.</summary>
    private const string ExclusionViolation = "23P01";

    public static async Task<IDbContextTransaction?> BeginAsync(HousingDbContext db, CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    public static async Task SaveAsync(HousingDbContext db, IDbContextTransaction? transaction, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException { SqlState: ExclusionViolation })
        {
            throw new ConflictException(typeof(HousingResource), "Contract:PlaceTakenMeanwhile");
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }
}
