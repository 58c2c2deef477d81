using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Host.Startup;

/// <summary>What runs before the first request: migrations, the demo seed on an empty embedded database, the welcome.</summary>
internal static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        await MigrateAsync(app.Services);
        if (IsEmbedded(app) && app.Configuration.GetValue("Demo:SeedOnEmpty", true))
        {
            using var scope = app.Services.CreateScope();
            var tenants = await scope.ServiceProvider.GetRequiredService<ITenantStore>().ListActiveAsync();
            if (tenants.Count == 0)
            {
                await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
            }
        }
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        try
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            throw new StartupException($"the database cannot be reached or migrated: {ex.GetBaseException().Message}", ex);
        }
    }

    public static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "http://localhost:5000";
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        Console.WriteLine($"Wmk.Platform is running at {url} (database: {settings.Provider}).");
        if (IsEmbedded(app))
        {
            Console.WriteLine($"Demo organisation: {url.TrimEnd('/')}/t/{DemoSeeder.Slug}/  —  password for every demo login: {DemoSeeder.Password}");
            Console.WriteLine($"  host operator: {DemoSeeder.HostAdminEmail} (sign in at {url.TrimEnd('/')}/account/login)");
            foreach (var (email, _, role) in DemoSeeder.People)
            {
                Console.WriteLine($"  {role,-20} {email}");
            }
        }
    }

    private static bool IsEmbedded(WebApplication app) =>
        string.IsNullOrWhiteSpace(app.Configuration.GetConnectionString("Default"));
}
