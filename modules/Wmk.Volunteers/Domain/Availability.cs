namespace Wmk.Volunteers.Domain;

/// <summary>
/// The week as 21 bits: slot = day × 3 + part, Monday = day 0, morning/afternoon/evening = part 0/1/2.
/// </summary>
internal static class Availability
{
    public const int Days = 7;

    public const int Parts = 3;

    public const int Slots = Days * Parts;

    public static int Slot(int day, int part) => (day * Parts) + part;

    /// <summary>The bits of the slots; unknown slot numbers are ignored.</summary>
    public static int From(IEnumerable<int>? slots) =>
        (slots ?? []).Where(s => s is >= 0 and < Slots).Aggregate(0, (bits, s) => bits | (1 << s));

    public static IReadOnlyList<int> SlotsOf(int bits) => [.. Enumerable.Range(0, Slots).Where(s => Has(bits, s))];

    public static bool Has(int bits, int slot) => (bits & (1 << slot)) != 0;

    /// <summary>How many slots two weeks share.</summary>
    public static int Common(int a, int b) => System.Numerics.BitOperations.PopCount((uint)(a & b));
}
