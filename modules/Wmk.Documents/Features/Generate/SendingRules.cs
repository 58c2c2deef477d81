using Wmk.Kernel.Rules;

namespace Wmk.Documents.Features.Generate;

/// <summary>Recording how a letter went out: only letters, at least one way, a tracking number for registered mail, not in the future.</summary>
internal static class SendingRules
{
    public static string? Tracking(string? number) => Text.Clean(number)?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public static List<RuleError> Check(string kind, SendingInput input, DateOnly on, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (!GeneratedMapping.Letters.Contains(kind))
        {
            errors.Add(new("Sending:NotLetter"));
            return errors;
        }

        if (!input.Email && !input.Registered)
        {
            errors.Add(new("Sending:NoWay"));
        }

        var tracking = Tracking(input.TrackingNumber);
        if (input.Registered && (tracking is not { Length: >= 8 and <= 40 } || !tracking.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(new("Sending:Tracking"));
        }

        if (on > today)
        {
            errors.Add(new("Sending:Future", on));
        }

        return errors;
    }
}
