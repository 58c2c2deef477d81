using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.Payments.Queue;

/// <summary>A payment line as lists show it; <paramref name="Stamp"/> goes back with a change (two people at once: one wins).</summary>
/// <param name="ResidentName">The name of the (proposed) contract's resident, from its charges.</param>
/// <param name="MatchedBy">Who matched, confirmed or ignored the line (null for automatic matches).</param>
internal sealed record PaymentView(
    Guid Id, DateOnly BookedOn, decimal Amount, PaymentSource Source, PaymentStatus Status, string? CounterpartyName, string? CounterpartyIban,
    string? Communication, Guid? ContractId, Guid? ResidentId, string? ResidentName, string? Note, Guid Stamp, string? MatchedBy,
    DateTimeOffset? MatchedAt);

/// <summary>Which payment lines to list: a status and a period of booking days (each optional).</summary>
internal sealed record PaymentFilter(PaymentStatus? Status = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A contract a person can book a line on, by its resident's name.</summary>
internal sealed record ContractChoice(Guid ContractId, string ResidentName);

/// <summary>Turns payment rows into <see cref="PaymentView"/>s with the residents' and the members' names.</summary>
internal sealed class PaymentViews(FinanceDbContext db, IMemberDirectory members)
{
    public async Task<IReadOnlyList<PaymentView>> OfAsync(IReadOnlyList<Payment> payments, CancellationToken ct)
    {
        var residentIds = payments.Select(p => p.ResidentId).OfType<Guid>().Distinct().ToList();
        var names = residentIds.Count == 0
            ? []
            : (await db.Charges.AsNoTracking().Where(c => residentIds.Contains(c.ResidentId)).Select(c => new { c.ResidentId, c.ResidentName }).Distinct()
                .ToListAsync(ct)).DistinctBy(c => c.ResidentId).ToDictionary(c => c.ResidentId, c => c.ResidentName);
        var accountIds = payments.Select(p => p.MatchedBy).OfType<Guid>().Distinct().ToList();
        var who = accountIds.Count == 0 ? [] : (await members.FindByIdsAsync(accountIds, ct)).ToDictionary(m => m.AccountId, m => m.DisplayName ?? m.Email);
        return
        [
            .. payments.Select(p => new PaymentView(
                p.Id, p.BookedOn, p.Amount, p.Source, p.Status, p.CounterpartyName, p.CounterpartyIban, p.Communication, p.ContractId, p.ResidentId,
                p.ResidentId is { } r ? names.GetValueOrDefault(r) : null, p.Note, p.ConcurrencyStamp,
                p.MatchedBy is { } m ? who.GetValueOrDefault(m) : null, p.MatchedAt)),
        ];
    }

    /// <summary>The contracts with at least one charge, by resident name (for the forms).</summary>
    public async Task<IReadOnlyList<ContractChoice>> ContractsAsync(CancellationToken ct) =>
    [
        .. (await db.Charges.AsNoTracking().Select(c => new { c.ContractId, c.ResidentName }).Distinct().ToListAsync(ct))
            .DistinctBy(c => c.ContractId).Select(c => new ContractChoice(c.ContractId, c.ResidentName)).OrderBy(c => c.ResidentName, StringComparer.CurrentCulture),
    ];
}
