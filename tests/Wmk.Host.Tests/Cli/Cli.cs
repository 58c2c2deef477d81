using Wmk.Host.Cli;
using Wmk.Host.Startup;

namespace Wmk.Host.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs an operator verb the way the executable does, on a given database.</summary>
internal static class Cli
{
    public static async Task<CliResult> RunAsync(string connectionString, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var line = CommandLine.Parse([.. args, "--db", connectionString]);
        await using var app = WmkHost.Build(line);
        var exit = await CommandRunner.RunAsync(app, line, output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
