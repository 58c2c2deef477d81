using Microsoft.AspNetCore.Identity;
using Wmk.Kernel.Data;

namespace Wmk.Accounts.Domain;

/// <summary>A person's one global account (one per e-mail); what they may do lives in memberships.</summary>
[SharedData("Global accounts: one per e-mail across organisations (shared portal)")]
internal sealed class Account : IdentityUser<Guid>
{
    public string? DisplayName { get; set; }

    public bool IsHostAdmin { get; set; }

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
