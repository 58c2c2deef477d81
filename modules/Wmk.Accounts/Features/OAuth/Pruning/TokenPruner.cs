using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using Quartz;

namespace Wmk.Accounts.Features.OAuth.Pruning;

/// <summary>Removes tokens and authorizations that expired, were redeemed or revoked more than two weeks ago.</summary>
internal sealed class TokenPruner(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock, ILogger<TokenPruner> logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(14);

    public async Task<long> PruneAsync(CancellationToken ct)
    {
        var threshold = clock.GetUtcNow() - KeepFor;
        var removed = await tokens.PruneAsync(threshold, ct);
        removed += await authorizations.PruneAsync(threshold, ct);
        logger.LogInformation("Pruned {Count} OAuth tokens and authorizations older than {Threshold}.", removed, threshold);
        return removed;
    }
}

/// <summary>The daily, host-wide run of <see cref="TokenPruner"/> (tokens are no tenant's data).</summary>
[DisallowConcurrentExecution]
internal sealed class TokenPruningJob(TokenPruner pruner) : IJob
{
    public static readonly JobKey Key = new("Accounts.TokenPruning", "host-jobs");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await pruner.PruneAsync(cancellationToken);
}
