using Wmk.Guidance.Contracts;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.Ledger;

/// <summary>A resident's account: the balance today and every line with the running balance.</summary>
internal sealed record ResidentAccountView(Guid ResidentId, string ResidentName, ResidentBalance? Balance, IReadOnlyList<LedgerLine> Lines);

/// <summary>The accounts of residents and former residents for finance staff (the counsellor's view is elsewhere), from <see cref="LedgerQuery"/>.</summary>
internal sealed class ResidentAccountsHandler(LedgerQuery ledger, IResidents residents, TimeProvider clock)
{
    /// <summary>Every resident and former resident with an account line, by name.</summary>
    public Task<IReadOnlyList<ResidentBalance>> BalancesAsync(CancellationToken ct) => ledger.BalancesAsync(clock.Today(), null, ct);

    /// <summary>One account; a resident without lines who is unknown to this tenant is a 404.</summary>
    public async Task<ResidentAccountView> AccountAsync(Guid residentId, CancellationToken ct)
    {
        var lines = await ledger.LinesAsync(residentId, ct);
        var balance = lines.Count == 0 ? null : (await ledger.BalancesAsync(clock.Today(), [residentId], ct)).SingleOrDefault();
        var name = balance?.ResidentName;
        if (name is null)
        {
            name = (await residents.ListAsync(new ResidentQuery([residentId]), ct)).SingleOrDefault()?.FullName
                ?? throw new NotFoundException(typeof(FinanceResource), "Ledger:NotFound");
        }

        return new ResidentAccountView(residentId, name, balance, lines);
    }
}
