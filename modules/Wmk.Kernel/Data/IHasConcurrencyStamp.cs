namespace Wmk.Kernel.Data;

/// <summary>A row that holds money or a contract: the kernel renews the stamp on every save, so a stale write fails.</summary>
public interface IHasConcurrencyStamp
{
    /// <summary>Optimistic concurrency token.</summary>
    Guid ConcurrencyStamp { get; set; }
}
