using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wmk.Kernel.Data.Kernel;

namespace Wmk.Host.Startup;

/// <summary>Healthy when the host database answers.</summary>
internal sealed class DatabaseHealthCheck(KernelDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
