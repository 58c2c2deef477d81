namespace Wmk.Kernel.Data;

/// <summary>An entity that belongs to one tenant; the kernel filters and guards it by <see cref="TenantId"/>.</summary>
public interface ITenantOwned
{
    /// <summary>The owning tenant; set by the kernel on insert, never changed afterwards.</summary>
    Guid TenantId { get; set; }
}
