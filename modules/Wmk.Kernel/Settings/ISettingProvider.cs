namespace Wmk.Kernel.Settings;

/// <summary>Reads settings through the chain user → tenant → host configuration → default.</summary>
public interface ISettingProvider
{
    /// <summary>The effective value (secrets decrypted), or null.</summary>
    Task<string?> GetAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>Reads features through the chain tenant → host configuration → default.</summary>
public interface IFeatureChecker
{
    /// <summary>The effective value.</summary>
    Task<string?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>True when the feature's value is "true".</summary>
    async Task<bool> IsEnabledAsync(string name, CancellationToken cancellationToken = default) =>
        string.Equals(await GetAsync(name, cancellationToken), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Writes a tenant's (or a user's) values; secrets are encrypted before they are stored.</summary>
public interface IValueManager
{
    /// <summary>Sets the current tenant's value; null removes it so the chain falls through.</summary>
    Task SetTenantValueAsync(string name, string? value, CancellationToken cancellationToken = default);

    /// <summary>Sets a user's own value in the current tenant.</summary>
    Task SetUserValueAsync(Guid userId, string name, string? value, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's own value (not the chain), decrypted.</summary>
    Task<string?> GetTenantValueAsync(string name, CancellationToken cancellationToken = default);
}
