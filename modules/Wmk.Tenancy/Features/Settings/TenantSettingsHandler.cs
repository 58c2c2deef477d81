using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Settings;

namespace Wmk.Tenancy.Features.Settings;

/// <summary>Lists the settings with the tenant's own and effective values, and changes the tenant's own value.</summary>
internal sealed class TenantSettingsHandler(
    DefinitionRegistry definitions, IValueManager values, ISettingProvider settings, IStringLocalizerFactory localizers)
{
    public async Task<IReadOnlyList<TenantSettingView>> ListAsync(CancellationToken ct)
    {
        var result = new List<TenantSettingView>();
        foreach (var definition in Visible().OrderBy(d => d.ModuleName).ThenBy(d => d.Name, StringComparer.Ordinal))
        {
            result.Add(await ViewAsync(definition, ct));
        }

        return result;
    }

    public async Task<TenantSettingView> SetAsync(string name, TenantSettingChange change, CancellationToken ct)
    {
        var definition = Visible().SingleOrDefault(d => d.Name == name)
            ?? throw new NotFoundException(typeof(TenancyResource), "Setting:Unknown", name);
        var value = string.IsNullOrEmpty(change.Value) ? null : change.Value;
        if (value is { Length: > 2000 })
        {
            throw new InvalidRequestException([localizers.Create(typeof(TenancyResource))["Setting:TooLong"]]);
        }

        await values.SetTenantValueAsync(name, value, ct);
        return await ViewAsync(definition, ct);
    }

    private IEnumerable<ValueDefinition> Visible() => definitions.Values.Where(d => d.Kind == ValueKind.Setting);

    private async Task<TenantSettingView> ViewAsync(ValueDefinition definition, CancellationToken ct)
    {
        var own = await values.GetTenantValueAsync(definition.Name, ct);
        var effective = await settings.GetAsync(definition.Name, ct);
        var label = localizers.Create(definition.ResourceType)["Setting:" + definition.Name];
        return new TenantSettingView(
            definition.Name,
            definition.ModuleName,
            label.ResourceNotFound ? definition.Name : label.Value,
            definition.IsSecret,
            Hide(definition, own),
            Hide(definition, effective),
            Hide(definition, definition.DefaultValue));
    }

    private static string? Hide(ValueDefinition definition, string? value) =>
        definition.IsSecret && value is not null ? TenantSettingView.Mask : value;
}
