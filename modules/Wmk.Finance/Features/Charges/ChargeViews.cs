using Wmk.Finance.Domain;

namespace Wmk.Finance.Features.Charges;

internal sealed record ChargeView(
    Guid Id, Guid ContractId, string ResidentName, DateOnly Month, DateOnly From, DateOnly To, decimal Total, IReadOnlyList<ChargeLineView> Lines)
{
    public static ChargeView Of(Charge c) => new(c.Id, c.ContractId, c.ResidentName, c.Month, c.From, c.To, c.Total,
        [.. c.Lines.OrderBy(l => l.Position).Select(l => new ChargeLineView(l.Name, l.Amount))]);
}

internal sealed record ChargeLineView(string Name, decimal Amount);

/// <summary>What a monthly run did: charges made now, charges that already existed, contracts it could not charge and why.</summary>
internal sealed record MonthlyRunResult(DateOnly Month, int Created, int Existing, IReadOnlyList<SkippedContract> Skipped);

internal sealed record SkippedContract(Guid ContractId, string ResidentName, string Reason);
