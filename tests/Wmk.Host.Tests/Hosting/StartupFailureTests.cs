using Wmk.Host.Startup;

namespace Wmk.Host.Tests.Hosting;

public sealed class StartupFailureTests
{
    [Fact]
    public void A_malformed_connection_string_stops_the_host_with_the_cause()
    {
        var ex = Should.Throw<StartupException>(() => WmkHost.Build(new CommandLine(null, [], "Host=;Port=abc", [])));
        ex.Message.ShouldContain("connection string");
    }

    [Fact]
    public async Task An_unreachable_database_stops_migrations_with_a_clear_message()
    {
        await using var app = WmkHost.Build(new CommandLine("migrate", [], "Host=127.0.0.1;Port=1;Username=x;Database=none;Timeout=2", []));
        var ex = await Should.ThrowAsync<StartupException>(() => StartupTasks.MigrateAsync(app.Services));
        ex.Message.ShouldContain("cannot be reached");
    }

    [Fact]
    public async Task The_migrate_verb_reports_an_unreachable_database_with_exit_code_1()
    {
        var result = await Tests.Cli.Cli.RunAsync("Host=127.0.0.1;Port=1;Username=x;Database=none;Timeout=2", "migrate");
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("cannot be reached");
    }
}
