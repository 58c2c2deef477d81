using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Wmk.Host.Startup;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Testing;

/// <summary>The real host on a test server (or on Kestrel for browser tests), on a fresh database of either engine.</summary>
public sealed class WmkTestHost : IAsyncDisposable
{
    private WmkTestHost(WebApplication app, string connectionString, DatabaseKind kind, string logFile)
    {
        App = app;
        LogFile = logFile;
        ConnectionString = connectionString;
        Kind = kind;
    }

    public WebApplication App { get; }

    public string ConnectionString { get; }

    public DatabaseKind Kind { get; }

    /// <summary>The host's log (everything it logged, for tests that check what must never be logged).</summary>
    public string LogFile { get; }

    public IServiceProvider Services => App.Services;

    public FakeTimeProvider Clock => (FakeTimeProvider)App.Services.GetRequiredService<TimeProvider>();

    /// <summary>
    /// Builds, migrates and starts the host; <paramref name="kestrel"/> listens on a free loopback port. The environment
    /// is "Testing" unless told otherwise (set from the start: the host's services read it).
    /// </summary>
    public static async Task<WmkTestHost> StartAsync(DatabaseKind kind, Action<WebApplicationBuilder>? configure = null, bool kestrel = false,
        string environment = "Testing")
    {
        // Many hosts live in one test process: file watchers (configuration, static files) would each take an inotify
        // instance, and the kernel allows 128 per user. The tests change no file under a running host, so poll instead.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        var connection = TestDatabase.Create(kind);
        var folder = TestDatabase.TempFolder();
        var app = WmkHost.Build(new CommandLine(null, [], connection, ["--environment", environment]), builder =>
        {
            builder.Logging.AddProvider(new FileLoggerProvider(Path.Combine(folder, "host.log")));
            foreach (var policy in new[] { "SignIn", "PasswordReset", "SignUp" })
            {
                // Tests sign in far more often than a person: the rate-limit tests set their own low limits.
                builder.Configuration[$"RateLimits:{policy}:PermitLimit"] = "100000";
            }

            builder.Configuration["Email:PickupFolder"] = Path.Combine(folder, "mail");
            builder.Configuration["Plugins:Folder"] = Path.Combine(folder, "plugins");
            builder.Configuration["Outbox:PollInterval"] = "00:00:01";
            // A test host runs tenant jobs only when a test says so (RunTenantJobAsync): the scheduler is never started,
            // because on the fake clock its triggers would fire whenever a test moves the clock past a job's time, beside
            // the test's own steps (a finance reminder once arrived before the contract-end notice a test waited for; the
            // finance walk once found its monthly run already done). Putting a started scheduler on standby raced with
            // Quartz, which starts it on a task of its own once the application has started.
            builder.Services.Configure<QuartzHostedServiceOptions>(o => o.AutoStart = false);
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(
                new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) }));
            builder.WebHost.UseStaticWebAssets(); // the themes' CSS and htmx, as in Development
            if (kestrel)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }

            configure?.Invoke(builder);
        });
        await StartupTasks.MigrateAsync(app.Services);
        await app.StartAsync();
        return new WmkTestHost(app, connection, kind, Path.Combine(folder, "host.log"));
    }

    /// <summary>The Kestrel address (browser tests).</summary>
    public string BaseAddress => App.Urls.First();

    /// <summary>A client that keeps cookies (test server only).</summary>
    public HttpClient CreateClient()
    {
        var handler = new CookieContainerHandler { InnerHandler = App.GetTestServer().CreateHandler() };
        return new HttpClient(handler) { BaseAddress = new Uri("http://localhost") };
    }

    /// <summary>Creates a tenant with a coordinator "admin@{slug}.test" and the given password.</summary>
    public async Task<TestTenant> CreateTenantAsync(string? slug = null, string password = TestTenant.Password)
    {
        slug ??= "t" + Guid.NewGuid().ToString("N")[..10];
        using var scope = Services.CreateScope();
        var info = await scope.ServiceProvider.GetRequiredService<ITenantAdministration>()
            .CreateAsync(new NewTenantRequest(slug, "Organisatie " + slug, $"admin@{slug}.test", password));
        return new TestTenant(info, $"admin@{slug}.test");
    }

    /// <summary>Runs code in a fresh scope inside a tenant (null: host side).</summary>
    public async Task<T> InTenantAsync<T>(TenantInfo? tenant, Func<IServiceProvider, Task<T>> work)
    {
        var current = Services.GetRequiredService<ICurrentTenant>();
        using (tenant is null ? current.Change((Guid?)null) : current.Change(tenant))
        {
            using var scope = Services.CreateScope();
            return await work(scope.ServiceProvider);
        }
    }

    /// <summary>Runs code in a fresh scope inside a tenant (null: host side).</summary>
    public Task InTenantAsync(TenantInfo? tenant, Func<IServiceProvider, Task> work) =>
        InTenantAsync<bool>(tenant, async sp =>
        {
            await work(sp);
            return true;
        });

    /// <summary>Moves the host's clock forward to 09:00 UTC on <paramref name="day"/> (the clock never goes back).</summary>
    public void MoveToDay(DateOnly day) => Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    /// <summary>Runs a tenant job (e.g. "Guidance.ContractEndJob") for one tenant now; false when its module is off there.</summary>
    public Task<bool> RunTenantJobAsync(string jobName, TenantInfo tenant)
    {
        var executor = Services.GetRequiredService<TenantJobExecutor>();
        return executor.RunForTenantAsync(executor.Find(jobName), tenant, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>A tenant made for a test, with its first coordinator's e-mail.</summary>
public sealed record TestTenant(TenantInfo Info, string AdminEmail)
{
    public const string Password = "Test-Wachtwoord-2026";

    public string Slug => Info.Slug;
}
