using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Referrals.Partners;

/// <summary>A welfare partner as staff enter it; no cap: the tenant's setting Guidance.PriorityCap.</summary>
internal sealed record WelfarePartnerInput(string? Name, bool HasPriority, int? PriorityCap)
{
    public IReadOnlyList<RuleError> Validate()
    {
        var errors = new List<RuleError>();
        if (Text.Clean(Name) is not { Length: <= 200 })
        {
            errors.Add(new("Referral:PartnerNameRequired"));
        }

        if (PriorityCap is < 1 or > 10_000)
        {
            errors.Add(new("Referral:PartnerCapInvalid"));
        }

        return errors;
    }
}

/// <summary>A welfare partner; <see cref="PriorityCap"/> is the effective cap, <see cref="OwnCap"/> the partner's own (null: the setting).</summary>
internal sealed record WelfarePartnerView(Guid Id, string Name, bool HasPriority, int PriorityCap, int? OwnCap);
