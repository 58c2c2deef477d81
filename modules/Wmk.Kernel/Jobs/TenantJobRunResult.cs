namespace Wmk.Kernel.Jobs;

/// <summary>How one run of a tenant job went, by tenant slug.</summary>
internal sealed record TenantJobRunResult(IReadOnlyList<string> Completed, IReadOnlyList<string> Skipped, IReadOnlyList<string> Failed);
