using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Data;
using Wmk.Accounts.Features.Members;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Modularity;

namespace Wmk.Accounts.Features.RoleGrants;

/// <summary>Lists the organisation's roles and replaces a role's grants; takes effect on the next request.</summary>
internal sealed class RoleGrantsHandler(
    AccountsDbContext db, DefinitionRegistry definitions, IPermissionGrantManager grants, UserManagersGuard guard, IAuditLog audit,
    IStringLocalizerFactory localizers, IStringLocalizer<AccountsResource> texts)
{
    public async Task<IReadOnlyList<RoleView>> ListAsync(CancellationToken ct)
    {
        var result = new List<RoleView>();
        foreach (var role in await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct))
        {
            result.Add(new RoleView(role.Name, RoleText(role.Name), role.IsStatic, [.. (await grants.GetGrantsAsync(role.Name, ct)).Order(StringComparer.Ordinal)]));
        }

        return result;
    }

    public async Task<RoleView> GetAsync(string name, CancellationToken ct) =>
        (await ListAsync(ct)).SingleOrDefault(r => r.Name == name) ?? throw new NotFoundException(typeof(AccountsResource), "Roles:NotFound", name);

    /// <summary>Every tenant permission, grouped by module, ticked when the role holds it.</summary>
    public IReadOnlyList<PermissionChoice> Choices(RoleView role) =>
        [.. TenantPermissions().Select(p => new PermissionChoice(p.ModuleName, p.Name,
            localizers.Create(p.ResourceType)["Permission:" + p.Name], role.Grants.Contains(p.Name)))];

    public string RoleText(string name) => texts["Role:" + name] is { ResourceNotFound: false } text ? text.Value : name;

    public async Task<RoleView> SetAsync(string name, RoleGrantsChange change, CancellationToken ct)
    {
        var role = await GetAsync(name, ct);
        var wanted = (change.Permissions ?? []).Distinct(StringComparer.Ordinal).ToList();
        var known = TenantPermissions().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidRequestException([.. unknown.Select(p => texts["Roles:UnknownPermission", p].Value)]);
        }

        await guard.EnsureSomeoneManagesUsersAsync(new ManagerChange(Role: name, RoleManagesUsers: wanted.Contains(AccountsPermissions.ManageUsers)), ct);
        await grants.SetGrantsAsync(name, wanted, ct);
        var added = wanted.Except(role.Grants).Select(p => "+" + p);
        var removed = role.Grants.Except(wanted).Select(p => "-" + p);
        await audit.RecordAsync(AuditAction.PermissionChange, "Role", name, string.Join(' ', added.Concat(removed)), ct);
        return await GetAsync(name, ct);
    }

    private IEnumerable<PermissionDefinition> TenantPermissions() =>
        definitions.Permissions.Where(p => p.Side == PermissionSide.Tenant).OrderBy(p => p.ModuleName).ThenBy(p => p.Name, StringComparer.Ordinal);
}
