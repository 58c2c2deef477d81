using Wmk.Host.Cli;
using Wmk.Host.Startup;

var options = CommandLine.Parse(args);
try
{
    var app = WmkHost.Build(options);
    return options.Verb is null ? await WmkHost.RunServerAsync(app) : await CommandRunner.RunAsync(app, options);
}
catch (StartupException ex)
{
    Console.Error.WriteLine($"Wmk.Platform cannot start: {ex.Message}");
    return 1;
}
