using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>The tenant's two intake checklists: who belongs to the target group (doelgroep) and the intake itself.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChecklistKind>))]
internal enum ChecklistKind
{
    TargetGroup = 1,
    Intake = 2,
}

/// <summary>
/// One line of a tenant's checklist, in its order. A deactivated line is no longer asked; answers keep the wording
/// they were given with (<see cref="ChecklistAnswer.ItemText"/>).
/// </summary>
internal sealed class ChecklistItem : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public ChecklistKind Kind { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }

    public bool Active { get; set; } = true;
}
