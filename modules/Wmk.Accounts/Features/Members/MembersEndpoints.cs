using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Accounts.Features.AddMember;
using Wmk.Accounts.Features.ChangeMemberRoles;
using Wmk.Accounts.Features.DeactivateMember;
using Wmk.Accounts.Features.Invitations;
using Wmk.Accounts.Features.ListMembers;
using Wmk.Accounts.Features.RoleGrants;
using Wmk.Kernel.Authorization;

namespace Wmk.Accounts.Features.Members;

/// <summary>The organisation's members and roles as JSON: the same handlers as the admin pages.</summary>
internal static class MembersEndpoints
{
    public static void MapAccountsAdmin(this IEndpointRouteBuilder api)
    {
        var members = api.MapGroup("/admin/members").RequirePermission(AccountsPermissions.ManageUsers);
        members.MapGet(string.Empty, (ListMembersHandler h, CancellationToken ct) => h.ListAsync(ct));
        members.MapGet("/{id:guid}", (Guid id, ListMembersHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        members.MapPost(string.Empty, async (AddMemberRequest request, AddMemberHandler h, CancellationToken ct) =>
        {
            var member = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/admin/members/{member.Id}", member);
        });
        members.MapPut("/{id:guid}/roles", (Guid id, MemberRolesChange change, ChangeMemberRolesHandler h, CancellationToken ct) =>
            h.HandleAsync(id, change, ct));
        members.MapPost("/{id:guid}/deactivate", (Guid id, DeactivateMemberHandler h, CancellationToken ct) => h.HandleAsync(id, ct));

        api.MapPost("/admin/invitations", async (InviteRequest request, InviteHandler h, CancellationToken ct) =>
        {
            var invitation = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/admin/invitations/{invitation.Id}", invitation);
        }).RequirePermission(AccountsPermissions.ManageUsers);

        var roles = api.MapGroup("/admin/roles").RequirePermission(AccountsPermissions.ManageUsers);
        roles.MapGet(string.Empty, (RoleGrantsHandler h, CancellationToken ct) => h.ListAsync(ct));
        roles.MapGet("/{name}", (string name, RoleGrantsHandler h, CancellationToken ct) => h.GetAsync(name, ct));
        roles.MapPut("/{name}/grants", (string name, RoleGrantsChange change, RoleGrantsHandler h, CancellationToken ct) =>
            h.SetAsync(name, change, ct));
    }
}
