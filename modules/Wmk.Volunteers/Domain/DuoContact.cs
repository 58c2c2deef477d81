using Wmk.Kernel.Data;

namespace Wmk.Volunteers.Domain;

/// <summary>A meeting or call of the duo, with the volunteer's hours.</summary>
internal sealed class DuoContact : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid TrajectId { get; set; }

    public DateOnly On { get; set; }

    public decimal Hours { get; set; }

    public string? Note { get; set; }

    public Guid? ByAccountId { get; set; }
}
