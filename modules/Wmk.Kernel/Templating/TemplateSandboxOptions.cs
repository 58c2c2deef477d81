namespace Wmk.Kernel.Templating;

/// <summary>The limits every template runs under; tenants' overrides are untrusted content.</summary>
public sealed class TemplateSandboxOptions
{
    /// <summary>Loop iterations per render (nested loops share the budget).</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Nested function calls.</summary>
    public int RecursiveLimit { get; set; } = 50;

    /// <summary>Characters of output (1 MB of text by default).</summary>
    public int OutputLimit { get; set; } = 1_000_000;

    /// <summary>Wall time of one render.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a parsed template stays cached (other hosts see a saved override after this at the latest).</summary>
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(1);
}
