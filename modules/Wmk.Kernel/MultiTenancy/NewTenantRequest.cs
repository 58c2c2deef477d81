using System.Data.Common;

namespace Wmk.Kernel.MultiTenancy;

/// <summary>What an operator gives to create a tenant.</summary>
public sealed record NewTenantRequest(string Slug, string Name, string AdminEmail, string AdminPassword);

/// <summary>
/// A module's part in creating a tenant (e.g. the accounts module creates the first coordinator). All contributors
/// validate first; only when none objects is anything written, in one transaction on the host database.
/// </summary>
public interface ITenantCreationContributor
{
    /// <summary>Problems with the request, as messages in the current UI culture; empty when fine.</summary>
    Task<IReadOnlyList<string>> ValidateAsync(NewTenantRequest request, CancellationToken cancellationToken);

    /// <summary>Writes the module's part inside the given transaction (enlist with <c>EnlistAsync</c>).</summary>
    Task OnCreatedAsync(TenantInfo tenant, NewTenantRequest request, DbTransaction transaction, CancellationToken cancellationToken);
}
