using Wmk.Host.Startup;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Host.Cli;

/// <summary>Operator verbs on the host executable; each prints one clear line and sets the exit code.</summary>
internal static class CommandRunner
{
    public const string Usage = "usage: migrate | seed-demo | tenant create --slug S --name N --admin-email E --admin-password P | " +
        "tenant list | tenant disable --slug S | tenant enable --slug S | module list [--tenant S] | " +
        "module enable|disable --tenant S --module NAME | " +
        "client create --tenant S --client-id ID [--client-secret SECRET] [--role R] [--redirect-uri URI]";

    public static async Task<int> RunAsync(WebApplication app, CommandLine options, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        try
        {
            var args = new VerbArguments(options.VerbArgs);
            if (options.Verb != "migrate")
            {
                await StartupTasks.MigrateAsync(app.Services);
            }

            using var scope = app.Services.CreateScope();
            var services = scope.ServiceProvider;
            var tenants = services.GetRequiredService<ITenantAdministration>();
            var sub = args.Positional.FirstOrDefault();
            switch (options.Verb, sub)
            {
                case ("migrate", null):
                    await StartupTasks.MigrateAsync(app.Services);
                    await output.WriteLineAsync("Database migrated.");
                    break;
                case ("seed-demo", null):
                    await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
                    await output.WriteLineAsync($"Demo organisation '{DemoSeeder.Slug}' seeded.");
                    break;
                case ("client", _):
                    return await ClientCommands.RunAsync(sub, args, app.Services, output);
                default:
                    return await TenantCommands.RunAsync(options.Verb!, sub, args, tenants, output);
            }

            return 0;
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"{ex.Message} {Usage}");
            return 2;
        }
        catch (InvalidRequestException ex)
        {
            await error.WriteLineAsync(string.Join(" ", ex.Messages));
            return 2;
        }
        catch (WmkException ex)
        {
            await error.WriteLineAsync(WmkMessages.Format(services: app.Services, ex));
            return 2;
        }
        catch (StartupException ex)
        {
            await error.WriteLineAsync($"Wmk.Platform cannot start: {ex.Message}");
            return 1;
        }
    }
}
