using System.Text.Json.Serialization;

namespace Wmk.Housing.Domain;

/// <summary>Whose name an energy contract is in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnergyContract>))]
internal enum EnergyContract
{
    ResidentName = 1,
    Forfait = 2,
}

/// <summary>Why the availability window ends.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AvailabilityEndReason>))]
internal enum AvailabilityEndReason
{
    Renovation = 1,
    Demolition = 2,
    Sale = 3,
}

/// <summary>The legal frame of the letting; target group and emergency shelter count towards the housing company's cap.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LettingCategory>))]
internal enum LettingCategory
{
    TargetGroup = 1,
    EmergencyShelter = 2,
    AvoidingVacancy = 3,
}

/// <summary>Where a contract stands on a given day.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContractStatus>))]
internal enum ContractStatus
{
    Planned = 1,
    Active = 2,
    Ended = 3,
    Terminated = 4,
}
