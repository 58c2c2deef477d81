using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>What a payment plan pays off.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanPurpose>))]
internal enum PlanPurpose
{
    Rent,
    DamageOrCleaning,
    Energy,
}

[JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))]
internal enum PlanStatus
{
    Active,

    /// <summary>Everything due is covered and the last instalment is past.</summary>
    Completed,

    /// <summary>Ended by staff (not kept, replaced, ...), with a reason.</summary>
    Ended,
}

/// <summary>
/// An agreed payment plan (afbetalingsplan) of a resident or former resident: a total in monthly instalments that sum to
/// it exactly. Checked on the 15th of every month; a missed instalment raises a <see cref="PaymentPlanSignal"/>.
/// </summary>
internal sealed class PaymentPlan : ITenantOwned, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public Guid ResidentId { get; set; }

    public required string ResidentName { get; set; }

    public PlanPurpose Purpose { get; set; }

    public decimal Total { get; set; }

    /// <summary>The day the plan starts: payments from this day on count for it; the first instalment is due on it.</summary>
    public DateOnly StartsOn { get; set; }

    public PlanStatus Status { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Note { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PlanInstalment> Instalments { get; set; } = [];

    public List<PaymentPlanSignal> Signals { get; set; } = [];
}

/// <summary>One instalment of a plan (number from 1, due day, amount).</summary>
internal sealed class PlanInstalment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid PlanId { get; set; }

    public int Number { get; set; }

    public DateOnly Due { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>
/// A missed instalment found by the monthly check: what was due by the check day and what the payments covered. One per
/// plan and month (unique key). Handled when staff keep or end the plan.
/// </summary>
internal sealed class PaymentPlanSignal : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid PlanId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>The first day of the checked month.</summary>
    public DateOnly Month { get; set; }

    public DateOnly RaisedOn { get; set; }

    public decimal Due { get; set; }

    public decimal Covered { get; set; }

    public DateOnly? HandledOn { get; set; }

    public Guid? HandledBy { get; set; }

    public string? Decision { get; set; }
}
