namespace Wmk.Kernel.Data;

/// <summary>
/// A tenant-owned record about a partner counsellor's client (candidate, resident, their notes). While a partner
/// counsellor works (<see cref="MultiTenancy.ICurrentTenant.CounsellorScope"/>), the kernel shows and saves only
/// the records of that counsellor's own clients.
/// </summary>
public interface ICounselledRecord : ITenantOwned
{
    /// <summary>The counsellor's account; null when no partner counsellor follows the client.</summary>
    Guid? CounsellorAccountId { get; }
}
