using System.Globalization;

namespace Wmk.Kernel.Settings;

/// <summary>Typed reads of settings.</summary>
public static class SettingExtensions
{
    /// <summary>Reads an integer setting; throws naming the setting when its value is not a number.</summary>
    public static async Task<int> GetIntAsync(this ISettingProvider settings, string name, CancellationToken ct = default)
    {
        var raw = await settings.GetAsync(name, ct);
        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"Setting '{name}' is not a whole number: '{raw}'.");
    }

    /// <summary>Reads a decimal setting (invariant culture).</summary>
    public static async Task<decimal> GetDecimalAsync(this ISettingProvider settings, string name, CancellationToken ct = default)
    {
        var raw = await settings.GetAsync(name, ct);
        return decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"Setting '{name}' is not a number: '{raw}'.");
    }

    /// <summary>Reads a yes/no setting.</summary>
    public static async Task<bool> GetBoolAsync(this ISettingProvider settings, string name, CancellationToken ct = default) =>
        string.Equals(await settings.GetAsync(name, ct), "true", StringComparison.OrdinalIgnoreCase);
}
