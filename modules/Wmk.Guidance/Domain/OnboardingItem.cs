using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>One item of a resident's onboarding checklist, due some days after the start, done on a day by someone.</summary>
internal sealed class OnboardingItem : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>Copied from the resident for the counsellor filter.</summary>
    public Guid? CounsellorAccountId { get; set; }

    public OnboardingKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }

    public Guid? DoneByAccountId { get; set; }
}
