namespace Wmk.Host.Startup;

/// <summary>The command line: an optional verb with its arguments, `--db`, and ASP.NET Core's own switches.</summary>
internal sealed record CommandLine(string? Verb, IReadOnlyList<string> VerbArgs, string? Database, string[] HostArgs)
{
    private static readonly HashSet<string> Verbs = ["migrate", "seed-demo", "tenant", "module", "client"];

    public static CommandLine Parse(string[] args)
    {
        string? database = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length)
            {
                database = args[++i];
            }
            else if (args[i].StartsWith("--db=", StringComparison.Ordinal))
            {
                database = args[i]["--db=".Length..];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (rest.Count > 0 && Verbs.Contains(rest[0]))
        {
            return new CommandLine(rest[0], rest.Skip(1).ToList(), database, []);
        }

        return new CommandLine(null, [], database, [.. rest]);
    }
}
