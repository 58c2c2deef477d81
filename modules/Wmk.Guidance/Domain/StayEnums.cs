using System.Text.Json.Serialization;

namespace Wmk.Guidance.Domain;

/// <summary>The onboarding checklist of a start (domain.md, "Start"), in the order shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OnboardingKind>))]
internal enum OnboardingKind
{
    DocumentsSigned = 1,
    EnergyTransfer = 2,
    FamilyInsurance = 3,
    AddressRegistration = 4,
    NeighboursInformed = 5,
    WelcomePack = 6,
}

/// <summary>The first interim conversation (about 3 weeks after the start), the regular ones after it, and extra ones.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConversationKind>))]
internal enum ConversationKind
{
    FirstInterim = 1,
    Interim = 2,
    Extra = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<GoalStatus>))]
internal enum GoalStatus
{
    Open = 1,
    Achieved = 2,
    Dropped = 3,
}
