using System.Collections.Concurrent;

namespace Wmk.Testing;

/// <summary>One started host per engine for a test class (xunit class fixture); tests make fresh tenants in it.</summary>
public sealed class SharedHosts : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<WmkTestHost>>> hosts = new();

    public Task<WmkTestHost> GetAsync(DatabaseKind kind) =>
        hosts.GetOrAdd(kind, k => new Lazy<Task<WmkTestHost>>(() => WmkTestHost.StartAsync(k))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts.Values.Where(h => h.IsValueCreated))
        {
            await (await host.Value).DisposeAsync();
        }
    }
}
