using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Tests.Support;

/// <summary>
/// The real kernel (AddWmkKernel) on a fresh SQLite file in its own temp folder, with a fake clock and one test
/// module. Dispose to delete the folder.
/// </summary>
public sealed class KernelHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private KernelHarness(string folder, ServiceProvider provider, FakeTimeProvider clock)
    {
        Folder = folder;
        this.provider = provider;
        Clock = clock;
    }

    /// <summary>The temp folder (database file; free for the test's own files).</summary>
    public string Folder { get; }

    /// <summary>The clock every service sees.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The root services.</summary>
    public IServiceProvider Services => provider;

    /// <summary>The ambient tenant.</summary>
    public ICurrentTenant CurrentTenant => provider.GetRequiredService<ICurrentTenant>();

    /// <summary>Builds the kernel and creates the kernel schema.</summary>
    public static async Task<KernelHarness> StartAsync(Action<KernelHarnessOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wmk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new KernelHarnessOptions(folder);
        configure?.Invoke(options);
        options.Configuration["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "kernel.db")}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(options.Configuration).Build();

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging();
        services.AddWmkKernel(configuration, ModuleCatalog.Create([new HarnessModule(options)]));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var harness = new KernelHarness(folder, provider, clock);
        await harness.InScopeAsync(null, sp => sp.GetRequiredService<KernelDbContext>().Database.EnsureCreatedAsync());
        return harness;
    }

    /// <summary>Runs work in a new scope inside a tenant (null: host side).</summary>
    public async Task<T> InScopeAsync<T>(Guid? tenantId, Func<IServiceProvider, Task<T>> work)
    {
        using (CurrentTenant.Change(tenantId))
        {
            await using var scope = provider.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
    }

    /// <summary>Runs work in a new scope inside a tenant (null: host side).</summary>
    public Task InScopeAsync(Guid? tenantId, Func<IServiceProvider, Task> work) =>
        InScopeAsync<bool>(tenantId, async sp =>
        {
            await work(sp);
            return true;
        });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform; the temp folder is cleaned by the OS.
        }
    }
}
