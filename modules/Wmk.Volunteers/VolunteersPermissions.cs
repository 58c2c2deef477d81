namespace Wmk.Volunteers;

/// <summary>Permissions of the volunteers module (default grants in <c>VolunteersModule</c>).</summary>
public static class VolunteersPermissions
{
    /// <summary>Staff: sign-ups, intake, invitations, duo-trajects, activities and reports.</summary>
    public const string Manage = "Volunteers.Manage";

    /// <summary>A volunteer: their own proposals and duos (first name, contact, tasks), their contact log.</summary>
    public const string OwnDuos = "Volunteers.OwnDuos";
}
