using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Wmk.Kernel.Localization;
using Wmk.Testing;

namespace Wmk.Benchmarks.Board;

/// <summary>
/// The board for a tenant with 2,000 units and 10,000 contracts (target: under 100 ms server time at p99). Runs the
/// real host on a test server (in process, no network, so the time is the server's plus an in-memory hop), signs in
/// as the tenant's coordinator and times each request of the board page and the board JSON one by one. A latency
/// distribution, not a BenchmarkDotNet run: p99 needs every request's own time. The process CPU time per request
/// (client and server together, all threads) is printed beside it because it does not depend on the machine's load.
/// Usage: dotnet run -c Release -- board [sqlite|postgresql|both] [requests]
/// </summary>
internal static class BoardLoad
{
    /// <summary>Untimed requests per URL, all URLs warmed up before any is timed (steady state: tiered JIT, heap size).</summary>
    private const int Warmup = 50;

    private static readonly string[] Urls = ["/housing/board", "/api/v1/housing/board"];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public static async Task RunAsync(string[] args)
    {
        var engines = (args.ElementAtOrDefault(1) ?? "both").ToLowerInvariant() switch
        {
            "sqlite" => [DatabaseKind.Sqlite],
            "postgresql" => [DatabaseKind.PostgreSql],
            _ => new[] { DatabaseKind.Sqlite, DatabaseKind.PostgreSql },
        };
        var requests = int.TryParse(args.ElementAtOrDefault(2), out var n) ? n : 300;
        foreach (var engine in engines)
        {
            await RunAsync(engine, requests);
        }
    }

    private static async Task RunAsync(DatabaseKind engine, int requests)
    {
        await using var host = await WmkTestHost.StartAsync(engine, b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        var tenant = await host.CreateTenantAsync();
        var seeding = Stopwatch.StartNew();
        await host.InTenantAsync(tenant.Info, sp => BoardSeed.FillAsync(sp, host.Clock.Today()));
        Console.WriteLine($"// {engine}: seeded {BoardSeed.Units} units and {BoardSeed.Contracts} contracts in {seeding.Elapsed.TotalSeconds:F1} s");
        var client = host.CreateClient();
        await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);
        foreach (var url in Urls)
        {
            for (var i = 0; i < Warmup; i++)
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
            }
        }

        foreach (var url in Urls)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var times = await TimeAsync(client, url, requests);
            var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / requests;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{engine,-10} {url,-24} n={requests} p50={P(times, 50):F1} ms p95={P(times, 95):F1} ms p99={P(times, 99):F1} ms " +
                $"max={times[^1]:F1} ms cpu/request={cpuPerRequest:F1} ms (load {LoadAverage()})"));
        }
    }

    private static async Task<double[]> TimeAsync(HttpClient client, string url, int requests)
    {
        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            times[i] = watch.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode || body.Length < 100_000)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} with {body.Length} bytes.");
            }
        }

        Array.Sort(times);
        return times;
    }

    private static double P(double[] sorted, int percentile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
}
