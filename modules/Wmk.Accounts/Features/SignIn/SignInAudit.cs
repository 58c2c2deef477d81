using Wmk.Kernel.Auditing;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>
/// Audit records of sign-ins and account security changes, inside the organisation they concern; without a known
/// organisation nothing is recorded. Details hold account ids, never e-mail addresses.
/// </summary>
internal sealed class SignInAudit(IAuditLog audit, ICurrentTenant currentTenant)
{
    public Task RecordAsync(AuditAction action, Guid? accountId, string? details, CancellationToken ct) =>
        currentTenant.Id is { } tenantId ? RecordAsync(tenantId, action, accountId, details, ct) : Task.CompletedTask;

    public async Task RecordAsync(Guid tenantId, AuditAction action, Guid? accountId, string? details, CancellationToken ct)
    {
        using (currentTenant.Change(tenantId))
        {
            await audit.RecordAsync(action, "Account", accountId, details, ct);
        }
    }
}
