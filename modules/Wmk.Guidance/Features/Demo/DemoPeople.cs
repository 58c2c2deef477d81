using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Demo;

/// <summary>Fictional young people for the demo: a first name and an initial, a birth date that fits the target group.</summary>
internal static class DemoPeople
{
    private static readonly string[] FirstNames =
    [
        "Amira", "Lucas", "Noor", "Milan", "Fatima", "Jonas", "Elif", "Arne", "Sofia", "Rayan", "Lotte", "Ibrahim", "Hanne", "Youssef",
        "Zoë", "Wout", "Mariam", "Kobe", "Ines", "Daan", "Aya", "Senne", "Nora", "Bilal", "Fien", "Adam", "Lina", "Thibo", "Sara",
        "Mats", "Yara", "Jasper", "Hira", "Robbe", "Nina", "Omar", "Liv", "Ruben", "Salma", "Ward",
    ];

    /// <summary>The <paramref name="index"/>th person, referred on <paramref name="referredOn"/> for a start on <paramref name="startOn"/>.</summary>
    public static Candidate Candidate(int index, DateOnly referredOn, DateOnly startOn, WelfarePartner partner, Guid? counsellor) => new()
    {
        FirstName = FirstNames[index % FirstNames.Length],
        LastName = (char)('A' + (index * 7 % 26)) + ".",
        BirthDate = startOn.AddYears(-(18 + (index % 7))).AddDays(-(index * 13 % 300)),
        Gender = (index % 3) switch { 0 => Gender.Female, 1 => Gender.Male, _ => Gender.X },
        WelfarePartnerId = partner.Id,
        CounsellorAccountId = counsellor,
        CounsellorName = counsellor is null ? "Karel Onthaal (demo)" : "An Begeleider (CAW)",
        CounsellorEmail = counsellor is null ? "onthaal@overkant.example" : "begeleider@demo.wmk.example",
        Preference = index % 4 == 3 ? HousingPreference.Shared : HousingPreference.Solo,
        GuidanceStartedOn = referredOn.AddMonths(-3),
        ReferredOn = referredOn,
        ExpectedStartOn = startOn,
    };
}
