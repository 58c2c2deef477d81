namespace Wmk.Guidance;

/// <summary>The tenant settings of the guidance module (every number of the trajectory; defaults in domain.md).</summary>
internal static class GuidanceSettings
{
    /// <summary>Youngest age at the expected start (17).</summary>
    public const string MinAge = "Guidance.MinAge";

    /// <summary>Oldest age at the expected start (25: up to the day before the 26th birthday).</summary>
    public const string MaxAge = "Guidance.MaxAge";

    /// <summary>Months the counsellor's guidance must have run at the referral (2).</summary>
    public const string MinGuidanceMonths = "Guidance.MinGuidanceMonths";

    /// <summary>Places a priority partner holds at once unless the partner says otherwise (10).</summary>
    public const string PriorityCap = "Guidance.PriorityCap";

    /// <summary>Days after the start of the first interim conversation (21).</summary>
    public const string FirstConversationDays = "Guidance.FirstConversationDays";

    /// <summary>Months between conversations after the first (3).</summary>
    public const string ConversationIntervalMonths = "Guidance.ConversationIntervalMonths";

    /// <summary>Days after the start within which the onboarding items are due (21).</summary>
    public const string OnboardingDays = "Guidance.OnboardingDays";

    /// <summary>Months before the contract end of the termination notice (3).</summary>
    public const string NoticeMonths = "Guidance.NoticeMonths";

    /// <summary>Months before the contract end of the reminder e-mail (1).</summary>
    public const string ReminderMonths = "Guidance.ReminderMonths";
}
