using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Wmk.Kernel.Data;

/// <summary>
/// Inserts many new rows without change tracking, for batch work such as the monthly run: on PostgreSQL one binary
/// <c>COPY</c> per set, on SQLite tracked entities saved in one <c>SaveChanges</c>. The tenant rules of
/// <see cref="TenantSaveChangesInterceptor"/> apply to every row before anything is written (tenant set on new rows, a row
/// of another tenant or another counsellor's client refused, concurrency stamps drawn); all sets are written in one
/// transaction (the caller's when there is one), so a failure (a unique key, a foreign key) writes nothing and surfaces as
/// a <see cref="DbUpdateException"/> on both engines.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Inserts <paramref name="sets"/> in order (parents before children). Entities must be new, plain rows: scalar
    /// properties only, keys and values set by the caller (no store-generated values, shadow properties or owned types);
    /// navigations are not followed, so pass each set of a graph.
    /// </summary>
    public static async Task InsertAsync(this WmkDbContext db, IReadOnlyList<IReadOnlyCollection<object>> sets, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sets);
        foreach (var set in sets)
        {
            foreach (var row in set)
            {
                Guard(db, row);
            }
        }

        if (sets.All(s => s.Count == 0))
        {
            return;
        }

        if (!db.Database.IsNpgsql())
        {
            await TrackedAsync(db, sets, ct);
            return;
        }

        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            foreach (var set in sets.Where(s => s.Count > 0))
            {
                await CopyAsync(connection, db.Model, set, ct);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        catch (PostgresException ex)
        {
            throw new DbUpdateException($"Bulk insert failed: {ex.MessageText}", ex);
        }
    }

    private static async Task TrackedAsync(WmkDbContext db, IReadOnlyList<IReadOnlyCollection<object>> sets, CancellationToken ct)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var row in sets.SelectMany(s => s))
            {
                db.Entry(row).State = EntityState.Added; // this row only, as COPY: navigations are not followed
            }

            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IModel model, IReadOnlyCollection<object> rows, CancellationToken ct)
    {
        var type = rows.First().GetType();
        var entity = model.FindEntityType(type) ?? throw new NotSupportedException($"{type.Name} is not an entity of this context.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = Columns(entity, table);
        var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        var copy = $"COPY {name} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            if (row.GetType() != type)
            {
                throw new NotSupportedException("A bulk insert set holds rows of one entity type.");
            }

            await writer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.Value(row);
                if (value is null)
                {
                    await writer.WriteNullAsync(ct);
                }
                else
                {
                    await writer.WriteAsync(value, column.StoreType, ct);
                }
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static List<Column> Columns(IEntityType entity, StoreObjectIdentifier table)
    {
        if (entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
            || entity.GetComplexProperties().Any(c => c.ComplexType.GetContainerColumnName() is null))
        {
            throw new NotSupportedException($"{entity.ClrType.Name} has owned or table-split complex parts: a bulk insert takes plain rows and JSON columns only.");
        }

        return
        [
            .. entity.GetProperties().Select(p =>
            {
                if (p.IsShadowProperty() || (p.ValueGenerated != ValueGenerated.Never && p.ClrType != typeof(Guid)))
                {
                    throw new NotSupportedException($"{entity.ClrType.Name}.{p.Name} is not set by the caller: a bulk insert needs every value.");
                }

                var mapping = p.GetRelationalTypeMapping();
                var getter = p.GetGetter();
                var converter = mapping.Converter;
                return new Column(p.GetColumnName(table)!, StoreType(mapping.StoreType), row =>
                    getter.GetClrValue(row) is { } value && converter is not null ? converter.ConvertToProvider(value) : getter.GetClrValue(row));
            }),
            .. entity.GetComplexProperties().Select(c =>
            {
                // A JSON column (PostgreSQL only: SQLite takes the tracked path): the complex value as System.Text.Json writes it,
                // property names as in the model and numbers as numbers, which is how EF Core's Npgsql provider reads it back.
                var getter = c.GetGetter();
                return new Column(c.ComplexType.GetContainerColumnName()!, c.ComplexType.GetContainerColumnType() ?? "jsonb", row =>
                    getter.GetClrValue(row) is { } value ? JsonSerializer.Serialize(value, value.GetType()) : null);
            }),
        ];
    }

    /// <summary>The PostgreSQL type name without facets: <c>numeric(18,2)</c> → <c>numeric</c>.</summary>
    private static string StoreType(string storeType) => storeType.IndexOf('(', StringComparison.Ordinal) is var open and > 0
        ? storeType[..open].TrimEnd() + storeType[(storeType.IndexOf(')', StringComparison.Ordinal) + 1)..]
        : storeType;

    /// <summary>The same checks as the save interceptor, before anything is written.</summary>
    private static void Guard(WmkDbContext db, object row)
    {
        if (row is IHasConcurrencyStamp stamped)
        {
            stamped.ConcurrencyStamp = Guid.NewGuid();
        }

        if (row is not ITenantOwned owned)
        {
            return;
        }

        var tenantId = db.CurrentTenant.Id ?? throw new TenantMismatchException($"{row.GetType().Name} is tenant-owned and no tenant is set.");
        if (owned.TenantId == Guid.Empty)
        {
            owned.TenantId = tenantId;
        }

        if (owned.TenantId != tenantId)
        {
            throw new TenantMismatchException($"{row.GetType().Name} belongs to another tenant than the current one; nothing was saved.");
        }

        if (owned is ICounselledRecord counselled && db.CurrentTenant.CounsellorScope is { } counsellor && counselled.CounsellorAccountId != counsellor)
        {
            throw new TenantMismatchException($"{row.GetType().Name} is another counsellor's client; nothing was saved.");
        }
    }

    private sealed record Column(string Name, string StoreType, Func<object, object?> Value);
}
