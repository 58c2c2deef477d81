using Wmk.Kernel.Data;

namespace Wmk.Benchmarks.TenantFilter;

/// <summary>A benchmark-only tenant-owned row; the kernel gives it the tenant filter and an index on TenantId.</summary>
internal sealed class BenchRow : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public int Category { get; set; }

    public string Name { get; set; } = string.Empty;

    public decimal Amount { get; set; }

    public DateOnly Date { get; set; }
}
