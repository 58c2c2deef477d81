using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.Invitations;

/// <summary><see cref="IMemberInvitations"/> for other modules (e.g. volunteers after intake): the same handler as the admin page.</summary>
internal sealed class MemberInvitations(InviteHandler invite) : IMemberInvitations
{
    public Task InviteAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken = default) =>
        invite.HandleAsync(new InviteRequest(email, roles), cancellationToken);
}
