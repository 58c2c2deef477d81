using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.Kernel.Settings;

/// <summary>One chain for settings and features: user → tenant → host configuration → default.</summary>
internal sealed class ValueChain(
    DefinitionRegistry definitions,
    TenantValueCache store,
    IConfiguration configuration,
    ICurrentUser user,
    IDataProtectionProvider protection) : ISettingProvider, IFeatureChecker
{
    internal const string ProtectorPurpose = "Wmk.Settings.Secret";

    Task<string?> ISettingProvider.GetAsync(string name, CancellationToken cancellationToken) =>
        ResolveAsync(name, ValueKind.Setting, cancellationToken);

    Task<string?> IFeatureChecker.GetAsync(string name, CancellationToken cancellationToken) =>
        ResolveAsync(name, ValueKind.Feature, cancellationToken);

    private async Task<string?> ResolveAsync(string name, ValueKind kind, CancellationToken ct)
    {
        var definition = definitions.GetValue(name);
        if (definition.Kind != kind)
        {
            throw new InvalidOperationException($"'{name}' is a {definition.Kind}, not a {kind}.");
        }

        var values = await store.GetAsync(ct);
        if (kind == ValueKind.Setting && definition.UserScoped && user.Id is { } userId
            && values.TryGetValue((kind, name, userId), out var userValue))
        {
            return Reveal(definition, userValue);
        }

        if (values.TryGetValue((kind, name, null), out var tenantValue))
        {
            return Reveal(definition, tenantValue);
        }

        var section = kind == ValueKind.Setting ? "Settings" : "Features";
        return configuration[$"{section}:{name}"] ?? definition.DefaultValue;
    }

    private string? Reveal(ValueDefinition definition, string? stored) =>
        definition.IsSecret && stored is not null ? protection.CreateProtector(ProtectorPurpose).Unprotect(stored) : stored;
}
