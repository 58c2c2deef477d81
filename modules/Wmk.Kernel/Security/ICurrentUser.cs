namespace Wmk.Kernel.Security;

/// <summary>The signed-in account of the current request, as its claims say.</summary>
public interface ICurrentUser
{
    /// <summary>The account id, or null when anonymous.</summary>
    Guid? Id { get; }

    /// <summary>True when signed in.</summary>
    bool IsAuthenticated { get; }

    /// <summary>True for the host's operators.</summary>
    bool IsHostAdmin { get; }

    /// <summary>The tenant the session is in (one of the account's memberships), or null.</summary>
    Guid? TenantId { get; }

    /// <summary>The account's roles in that tenant.</summary>
    IReadOnlyList<string> Roles { get; }

    /// <summary>
    /// True for a partner counsellor without any staff role in this tenant: such a user sees and edits only the
    /// records of their own clients (<c>ICounselledRecord</c>).
    /// </summary>
    bool SeesOnlyOwnClients => ActsOnlyAs(WmkRoles.PartnerCounsellor);

    /// <summary>
    /// True when the user holds one of the given partner roles and no staff role (<see cref="WmkRoles.StaffRoles"/>):
    /// the one rule behind every "a partner sees only what is theirs" scope.
    /// </summary>
    bool ActsOnlyAs(params string[] partnerRoles) =>
        IsAuthenticated && Roles.Any(partnerRoles.Contains) && !Roles.Any(WmkRoles.StaffRoles.Contains);
}
