using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Ending.Exit;

/// <summary>What is recorded at the exit; a last day before the contract end terminates the housing contract early.</summary>
internal sealed record ExitInput(
    DateOnly? LastDay, Destination? Destination, DateOnly? ConversationOn, bool EnergyTakeoverDone, bool KeysHandedOver,
    CleaningResult? Cleaning, string? CleaningRemarks, InstallationPremium? InstallationPremium, IReadOnlyList<DateOnly>? AftercareContacts);

internal sealed record ExitView(
    Guid ResidentId, string Name, ResidentStatus Status, DateOnly StartedOn, DateOnly ContractEnd, Destination? Destination,
    InstallationPremium InstallationPremium, ExitRecord? Exit);

internal sealed record ExitRecord(
    Guid Id, DateOnly? ConversationOn, bool EnergyTakeoverDone, bool KeysHandedOver, CleaningResult Cleaning, string? CleaningRemarks,
    DateOnly LastDay, bool TerminatedEarly, IReadOnlyList<DateOnly> AftercareContacts, DateOnly RecordedOn)
{
    public static ExitRecord Of(ResidentExit e) => new(
        e.Id, e.ConversationOn, e.EnergyTakeoverDone, e.KeysHandedOver, e.Cleaning, e.CleaningRemarks, e.LastDay, e.TerminatedEarly,
        [.. e.AftercareContacts.Order()], e.RecordedOn);
}
