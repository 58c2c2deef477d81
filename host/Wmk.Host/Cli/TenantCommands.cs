using Wmk.Kernel.MultiTenancy;

namespace Wmk.Host.Cli;

internal static class TenantCommands
{
    public static async Task<int> RunAsync(string verb, string? sub, VerbArguments args, ITenantAdministration tenants, TextWriter output)
    {
        switch (verb, sub)
        {
            case ("tenant", "create"):
                var created = await tenants.CreateAsync(new NewTenantRequest(
                    args.Required("slug"), args.Required("name"), args.Required("admin-email"), args.Required("admin-password")));
                await output.WriteLineAsync($"Tenant '{created.Slug}' created ({created.Id}).");
                return 0;
            case ("tenant", "list"):
                foreach (var t in await tenants.ListAsync())
                {
                    await output.WriteLineAsync($"{t.Slug}\t{(t.IsActive ? "active" : "disabled")}\t{t.Name}");
                }

                return 0;
            case ("tenant", "disable" or "enable"):
                var changed = await tenants.SetActiveAsync(args.Required("slug"), sub == "enable");
                await output.WriteLineAsync($"Tenant '{changed.Slug}' {(changed.IsActive ? "enabled" : "disabled")}.");
                return 0;
            case ("module", "list"):
                return await ListModulesAsync(args, tenants, output);
            case ("module", "enable" or "disable"):
                await tenants.SetModuleAsync(args.Required("tenant"), args.Required("module"), sub == "enable");
                await output.WriteLineAsync($"Module '{args.Required("module")}' {sub}d for '{args.Required("tenant")}'.");
                return 0;
            default:
                throw new UsageException($"Unknown command '{verb} {sub}'.");
        }
    }

    private static async Task<int> ListModulesAsync(VerbArguments args, ITenantAdministration tenants, TextWriter output)
    {
        var slug = args.Optional("tenant");
        var slugs = slug is null ? (await tenants.ListAsync()).Select(t => t.Slug).ToList() : [slug];
        foreach (var s in slugs)
        {
            foreach (var m in await tenants.ListModulesAsync(s))
            {
                await output.WriteLineAsync($"{s}\t{m.Name}\t{(m.Enabled ? "on" : "off")}{(m.CanBeDisabled ? string.Empty : " (always)")}");
            }
        }

        return 0;
    }
}
