using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Tests.Support;

/// <summary>
/// The kernel (AddWmkKernel: outbox, jobs and audit included) on a fresh SQLite file, a fake clock and an in-memory
/// tenant list.
/// </summary>
internal sealed class OutboxHarness : IAsyncDisposable
{
    private readonly string folder;

    private OutboxHarness(ServiceProvider services, FakeTimeProvider time, TestTenantStore tenants, string folder, string connectionString)
    {
        Services = services;
        Time = time;
        Tenants = tenants;
        this.folder = folder;
        ConnectionString = connectionString;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public TestTenantStore Tenants { get; }

    public string ConnectionString { get; }

    public static OutboxHarness Create(Action<IServiceCollection>? configure = null, params WmkModule[] modules)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wmk-kernel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "kernel.db")}";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = connectionString })
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var tenants = new TestTenantStore();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ITenantStore>(tenants);
        services.AddWmkKernel(configuration, ModuleCatalog.Create(modules));
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
        using (var scope = provider.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<KernelDbContext>().Database.EnsureCreated();
        }

        return new OutboxHarness(provider, time, tenants, folder, connectionString);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public TenantInfo AddTenant(string slug, bool active = true) => Tenants.Add(slug, active);

    /// <summary>Runs work inside the tenant in a fresh DI scope, as a request or job would.</summary>
    public async Task<T> InTenantAsync<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work)
    {
        using (Get<ICurrentTenant>().Change(tenant))
        {
            await using var scope = Services.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
    }

    public Task InTenantAsync(TenantInfo tenant, Func<IServiceProvider, Task> work) =>
        InTenantAsync(tenant, async sp =>
        {
            await work(sp);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left in the temp folder.
        }
    }

    /// <summary>A list of tenants in memory: the tenancy module's store is not what these tests are about.</summary>
    internal sealed class TestTenantStore : ITenantStore
    {
        private readonly List<TenantInfo> tenants = [];

        public TenantInfo Add(string slug, bool active = true, string? connectionString = null)
        {
            var tenant = new TenantInfo(Guid.NewGuid(), slug, slug.ToUpperInvariant(), active, connectionString);
            lock (tenants)
            {
                tenants.Add(tenant);
            }

            return tenant;
        }

        public void Replace(TenantInfo tenant)
        {
            lock (tenants)
            {
                tenants[tenants.FindIndex(t => t.Id == tenant.Id)] = tenant;
            }
        }

        public Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
        {
            lock (tenants)
            {
                return Task.FromResult(tenants.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.OrdinalIgnoreCase)));
            }
        }

        public Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default)
        {
            lock (tenants)
            {
                return Task.FromResult(tenants.FirstOrDefault(t => t.Id == id));
            }
        }

        public Task<IReadOnlyList<TenantInfo>> ListActiveAsync(CancellationToken cancellationToken = default)
        {
            lock (tenants)
            {
                return Task.FromResult<IReadOnlyList<TenantInfo>>(tenants.Where(t => t.IsActive).ToList());
            }
        }
    }
}
