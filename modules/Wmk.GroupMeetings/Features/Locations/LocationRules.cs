using Wmk.Kernel.Rules;

namespace Wmk.GroupMeetings.Features.Locations;

/// <summary>A location has a name (≤ 200), an address (≤ 300) and a neighbourhood (≤ 100).</summary>
internal static class LocationRules
{
    public static List<RuleError> Check(LocationInput input)
    {
        var errors = new List<RuleError>();
        Required(errors, input.Name, 200, "Location:NameRequired", "Location:NameTooLong");
        Required(errors, input.Address, 300, "Location:AddressRequired", "Location:AddressTooLong");
        Required(errors, input.Neighbourhood, 100, "Location:NeighbourhoodRequired", "Location:NeighbourhoodTooLong");
        return errors;
    }

    /// <summary>Whether a unit's district is the location's neighbourhood (spaces and case ignored).</summary>
    public static bool InNeighbourhood(string district, string neighbourhood) =>
        string.Equals(district.Trim(), neighbourhood.Trim(), StringComparison.OrdinalIgnoreCase);

    public static void Required(List<RuleError> errors, string? value, int max, string missing, string tooLong)
    {
        if (Text.Clean(value) is not { } text)
        {
            errors.Add(new(missing));
        }
        else if (text.Length > max)
        {
            errors.Add(new(tooLong, max));
        }
    }
}
