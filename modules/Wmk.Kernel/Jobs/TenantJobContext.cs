using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Jobs;

/// <summary>What a tenant job gets: the tenant it runs for and when the run started.</summary>
/// <param name="Tenant">The tenant; it is also the current tenant while the job runs.</param>
/// <param name="StartedAt">When this run started (from the kernel's TimeProvider).</param>
/// <param name="JobName">The registered job's name.</param>
public sealed record TenantJobContext(TenantInfo Tenant, DateTimeOffset StartedAt, string JobName);
