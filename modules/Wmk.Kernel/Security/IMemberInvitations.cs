namespace Wmk.Kernel.Security;

/// <summary>Invites a person by e-mail to the current tenant with roles (the usual invitation mail); implemented by the accounts module.</summary>
public interface IMemberInvitations
{
    /// <summary>
    /// Stores the invitation and queues its mail; a bad address or an address that already is an active member is refused
    /// with a 400 in the user's language and nothing is stored.
    /// </summary>
    Task InviteAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken = default);
}
