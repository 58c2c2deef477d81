using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.RentTables;

/// <summary>Lists the versions of the rent tables, adds a version, finds the version valid on a day.</summary>
internal sealed class RentTablesHandler(FinanceDbContext db, IStringLocalizer<FinanceResource> texts)
{
    public async Task<IReadOnlyList<RentTableView>> ListAsync(CancellationToken ct) =>
        [.. (await db.RentTables.AsNoTracking().Include(t => t.Lines).ToListAsync(ct))
            .OrderBy(t => t.HousingCompanyId).ThenByDescending(t => t.ValidFrom).Select(RentTableView.Of)];

    public async Task<RentTableView> AddAsync(RentTableInput input, CancellationToken ct)
    {
        RentTableRules.Check(input).ThrowIfAny(texts);
        if (await db.RentTables.AnyAsync(t => t.HousingCompanyId == input.HousingCompanyId && t.ValidFrom == input.ValidFrom, ct))
        {
            throw new ConflictException(typeof(FinanceResource), "RentTable:Exists", RuleError.Format(input.ValidFrom));
        }

        var table = new RentTable
        {
            Name = Text.Clean(input.Name)!, HousingCompanyId = input.HousingCompanyId, ValidFrom = input.ValidFrom,
            Lines = [.. input.Lines!.Select((l, i) => new RentLine
            {
                Position = i + 1, Name = Text.Clean(l.Name)!, Amount = l.FromUnitForfait ? 0m : Money.Cents(l.Amount),
                FromUnitForfait = l.FromUnitForfait, Bedrooms = l.Bedrooms, Sharing = l.Sharing,
                Minimum = l.Minimum is { } min ? Money.Cents(min) : null, Maximum = l.Maximum is { } max ? Money.Cents(max) : null,
            })],
        };
        db.RentTables.Add(table);
        await db.SaveChangesAsync(ct);
        return RentTableView.Of(table);
    }

    /// <summary>The housing company's version valid on <paramref name="day"/>, else the general one, else null.</summary>
    public async Task<RentTableView?> ValidOnAsync(Guid housingCompanyId, DateOnly day, CancellationToken ct)
    {
        var candidates = await db.RentTables.AsNoTracking().Include(t => t.Lines)
            .Where(t => (t.HousingCompanyId == housingCompanyId || t.HousingCompanyId == null) && t.ValidFrom <= day).ToListAsync(ct);
        var table = candidates.OrderByDescending(t => t.HousingCompanyId is not null).ThenByDescending(t => t.ValidFrom).FirstOrDefault();
        return table is null ? null : RentTableView.Of(table);
    }
}
