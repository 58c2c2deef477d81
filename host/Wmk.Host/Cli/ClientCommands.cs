using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Host.Cli;

/// <summary>`client create --tenant S --client-id ID [--client-secret SECRET] [--role R] [--redirect-uri URI]`.</summary>
internal static class ClientCommands
{
    public static async Task<int> RunAsync(string? sub, VerbArguments args, IServiceProvider services, TextWriter output)
    {
        if (sub != "create")
        {
            throw new UsageException($"Unknown command 'client {sub}'.");
        }

        var slug = args.Required("tenant");
        var clientId = args.Required("client-id");
        var secret = args.Optional("client-secret");
        var redirect = args.Optional("redirect-uri");
        if (secret is null && redirect is null)
        {
            throw new UsageException("--client-secret or --redirect-uri is required.");
        }

        var redirectUris = redirect is null
            ? []
            : Uri.TryCreate(redirect, UriKind.Absolute, out var uri) ? new[] { uri } : throw new UsageException($"'{redirect}' is not an absolute URI.");
        var tenant = await services.GetRequiredService<ITenantStore>().FindBySlugAsync(slug)
            ?? throw new UsageException($"Tenant '{slug}' does not exist.");
        using (services.GetRequiredService<ICurrentTenant>().Change(tenant))
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IApiClientProvisioning>()
                .CreateAsync(clientId, secret, args.Optional("role") ?? WmkRoles.Coordinator, redirectUris);
        }

        await output.WriteLineAsync($"Client '{clientId}' created for '{tenant.Slug}'.");
        return 0;
    }
}
