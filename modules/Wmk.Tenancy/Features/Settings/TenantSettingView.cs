namespace Wmk.Tenancy.Features.Settings;

/// <summary>One setting as a tenant administrator sees it; secrets never leave the server in plain text.</summary>
internal sealed record TenantSettingView(
    string Name, string Module, string Label, bool IsSecret, string? OwnValue, string? EffectiveValue, string? DefaultValue)
{
    public const string Mask = "••••";
}

/// <summary>A new tenant value; null (or empty) removes the tenant's own value so the default applies again.</summary>
internal sealed record TenantSettingChange(string? Value);
