using System.Text.Json.Serialization;

namespace Wmk.Guidance.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<Gender>))]
internal enum Gender
{
    Female = 1,
    Male = 2,
    X = 3,
    Unknown = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<HousingPreference>))]
internal enum HousingPreference
{
    Solo = 1,
    Shared = 2,
    Either = 3,
}

/// <summary>Where a candidate stands; only <see cref="Waiting"/> and <see cref="Invited"/> hold a waiting-list position.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CandidateStatus>))]
internal enum CandidateStatus
{
    Waiting = 1,
    Invited = 2,
    OnHold = 3,
    Withdrawn = 4,

    /// <summary>The intake ended positively (no red, or a coordinator's override): ready to start.</summary>
    Accepted = 5,

    /// <summary>The intake ended negatively.</summary>
    NotAccepted = 6,

    /// <summary>Started: a <see cref="Resident"/> carries the stay.</summary>
    Started = 7,
}

[JsonConverter(typeof(JsonStringEnumConverter<ResidentStatus>))]
internal enum ResidentStatus
{
    Active = 1,
    Left = 2,
}

/// <summary>
/// Who may read a note: <see cref="CounsellorOnly"/> the partner counsellor of the client (and the note's author),
/// <see cref="Staff"/> the organisation's staff, <see cref="All"/> staff and the counsellor.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoteVisibility>))]
internal enum NoteVisibility
{
    CounsellorOnly = 1,
    Staff = 2,
    All = 3,
}

/// <summary>The destination at the exit, in the order of the outflow table of domain.md.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Destination>))]
internal enum Destination
{
    PrivateRental = 1,
    SocialHousingRegular = 2,
    SocialHousingAccelerated = 3,
    OwnNetwork = 4,
    GroupLiving = 5,
    Hotel = 6,
    Prison = 7,
    Other = 8,
}

/// <summary>The installation premium can be received once: at the start or after the exit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstallationPremium>))]
internal enum InstallationPremium
{
    NotUsed = 1,
    AtStart = 2,
    AfterExit = 3,
}
