using Microsoft.Extensions.Options;

namespace Wmk.Accounts.Features.OAuth.Keys;

/// <summary>Whether the server's options were last built without the stored keys (database unreachable).</summary>
internal sealed class ServerKeysState
{
    private volatile bool degraded;

    public bool Degraded
    {
        get => degraded;
        set => degraded = value;
    }
}

/// <summary>
/// Caches OpenIddict's options only once they hold the stored keys: options built while the database was down
/// (with throw-away keys, so the host still answers /health) are rebuilt on the next request.
/// </summary>
internal sealed class ServerOptionsCache<TOptions>(ServerKeysState state) : IOptionsMonitorCache<TOptions>
    where TOptions : class
{
    private readonly OptionsCache<TOptions> inner = new();

    public TOptions GetOrAdd(string? name, Func<TOptions> createOptions)
    {
        var options = inner.GetOrAdd(name, createOptions);
        if (state.Degraded)
        {
            inner.TryRemove(name);
        }

        return options;
    }

    public bool TryAdd(string? name, TOptions options) => inner.TryAdd(name, options);

    public bool TryRemove(string? name) => inner.TryRemove(name);

    public void Clear() => inner.Clear();
}
