using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wmk.Host.Memory;
using Wmk.Host.Startup;
using Wmk.Testing;

namespace Wmk.Host.Tests.Memory;

/// <summary>The "Memory" settings, and what counts as use of the host for the idle trim.</summary>
public sealed class MemorySettingsTests
{
    private static MemoryTrimSettings From(params (string Key, string Value)[] values) =>
        MemoryTrimSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create($"Memory:{v.Key}", (string?)v.Value)))
            .Build());

    [Fact]
    public void Defaults_and_values_are_read()
    {
        From().ShouldBe(new MemoryTrimSettings(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2), true, 8));
        From(("TrimAfterStart", "0"), ("TrimWhenIdle", "00:00:30"), ("ReleaseMappedFiles", "false"), ("IdleRegrowthMB", "0"))
            .ShouldBe(new MemoryTrimSettings(TimeSpan.Zero, TimeSpan.FromSeconds(30), false, 0));
        From(("IdleRegrowthMB", "16")).IdleRegrowth.ShouldBe(16L << 20);
    }

    [Theory]
    [InlineData("TrimWhenIdle", "soon", "Memory:TrimWhenIdle is 'soon'")]
    [InlineData("TrimAfterStart", "-00:00:10", "Memory:TrimAfterStart is '-00:00:10'")]
    [InlineData("ReleaseMappedFiles", "maybe", "Memory:ReleaseMappedFiles is 'maybe': give true or false")]
    [InlineData("IdleRegrowthMB", "-8", "Memory:IdleRegrowthMB is '-8': give a whole number of megabytes")]
    [InlineData("IdleRegrowthMB", "8MB", "Memory:IdleRegrowthMB is '8MB'")]
    public void A_bad_value_stops_the_host_before_it_starts_with_the_setting_named(string key, string value, string message)
    {
        var database = $"Data Source={Path.Combine(TestDatabase.TempFolder(), "wmk.db")}";

        var ex = Should.Throw<StartupException>(() => WmkHost.Build(new CommandLine(null, [], database, [$"--Memory:{key}={value}"])));

        ex.Message.ShouldContain(message);
    }

    [Fact]
    public async Task Pages_count_as_use_and_health_probes_do_not()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);
        var activity = host.Services.GetRequiredService<RequestActivity>();
        var client = host.CreateClient();
        var time = (FakeTimeProvider)activity.Time;

        time.Advance(TimeSpan.FromMinutes(5));
        var before = activity.LastEnded;
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        activity.LastEnded.ShouldBe(before);

        (await client.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        time.GetElapsedTime(before, activity.LastEnded).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(5));
        activity.InFlight.ShouldBe(0);
    }
}
