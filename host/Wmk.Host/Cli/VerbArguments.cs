namespace Wmk.Host.Cli;

/// <summary>`--name value` pairs after a verb.</summary>
internal sealed class VerbArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public VerbArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(list[i]);
                continue;
            }

            if (i + 1 >= list.Count || list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"{list[i]} needs a value.");
            }

            values[list[i][2..]] = list[++i];
        }
    }

    public List<string> Positional { get; } = [];

    public string Required(string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new UsageException($"--{name} is required.");

    public string? Optional(string name) => values.GetValueOrDefault(name);
}

/// <summary>The command line is wrong; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
