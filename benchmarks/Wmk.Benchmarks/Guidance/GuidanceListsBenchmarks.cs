using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;
using Wmk.Testing;

namespace Wmk.Benchmarks.Guidance;

/// <summary>
/// Issue #5, performance: the waiting list and "to do this week" for a tenant with 5,000 residents and 50,000
/// conversations (plus 300 candidates waiting and the tasks the daily job made for them); target p99 under 100 ms
/// server time. The real host on a test server (in process, no network), signed in as the tenant's coordinator (staff:
/// every line); each iteration is one request of the page or the JSON, read to the end.
/// </summary>
[Config(typeof(LatencyConfig))]
public class GuidanceListsBenchmarks
{
    private WmkTestHost host = null!;
    private HttpClient client = null!;
    private TimeSpan cpuAtStart;
    private int requests;

    [Params(DatabaseKind.Sqlite, DatabaseKind.PostgreSql)]
    public DatabaseKind Engine { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "waiting list page")]
    public Task<int> WaitingListPage() => GetAsync("/guidance/waiting-list");

    [Benchmark(Description = "waiting list JSON")]
    public Task<int> WaitingListJson() => GetAsync("/api/v1/guidance/waiting-list");

    [Benchmark(Description = "to do this week page")]
    public Task<int> TasksPage() => GetAsync("/guidance/tasks");

    [Benchmark(Description = "to do this week JSON")]
    public Task<int> TasksJson() => GetAsync("/api/v1/guidance/tasks");

    [GlobalCleanup]
    public void Cleanup()
    {
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalMilliseconds;
        Console.WriteLine($"// {Engine}: {requests} requests, process CPU {cpu / Math.Max(1, requests):F1} ms per request, load {Load.Average()}");
        client.Dispose();
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        host = await WmkTestHost.StartAsync(Engine, b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        var tenant = await host.CreateTenantAsync();
        var watch = Stopwatch.StartNew();
        var counts = await host.InTenantAsync(tenant.Info, sp => GuidanceBenchSeed.FillAsync(sp, host.Clock.Today(), GuidanceShape.LargeTenant));
        await host.Analyze();
        var seeded = watch.Elapsed;
        var executor = host.Services.GetRequiredService<TenantJobExecutor>();
        await executor.RunForTenantAsync(executor.Find("Guidance.ContractEndJob"), tenant.Info, default);
        Console.WriteLine($"// {Engine}: seeded {counts} in {seeded.TotalSeconds:F1} s, daily job {(watch.Elapsed - seeded).TotalSeconds:F1} s (load {Load.Average()})");
        client = host.CreateClient();
        await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);
        foreach (var url in new[] { "/api/v1/guidance/waiting-list", "/api/v1/guidance/tasks" })
        {
            var body = await client.GetStringAsync(url);
            Console.WriteLine($"// {url}: {body.Length} characters, starts {body[..Math.Min(120, body.Length)]}");
        }

        cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    private async Task<int> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        requests++;
        return response.IsSuccessStatusCode && body.Length > 1_000
            ? body.Length
            : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} with {body.Length} bytes.");
    }
}
