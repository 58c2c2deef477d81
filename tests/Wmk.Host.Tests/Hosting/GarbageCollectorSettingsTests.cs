using System.Text.Json;
using Wmk.Host.Startup;

namespace Wmk.Host.Tests.Hosting;

/// <summary>
/// The host's garbage collector settings, as the built host's runtimeconfig.json hands them to the runtime: server GC,
/// generation 0's budget capped (an idle host otherwise grows by tens of MB before its first collection).
/// </summary>
public sealed class GarbageCollectorSettingsTests
{
    [Fact]
    public void The_host_runs_server_GC_with_a_6_MB_generation_0_budget()
    {
        var file = Path.ChangeExtension(typeof(WmkHost).Assembly.Location, ".runtimeconfig.json");
        File.Exists(file).ShouldBeTrue(file);
        using var config = JsonDocument.Parse(File.ReadAllText(file));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.GetProperty("System.GC.Server").GetBoolean().ShouldBeTrue();
        properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64().ShouldBe(6L * 1024 * 1024);
    }
}
