namespace Wmk.Kernel.Auditing;

/// <summary>What was done to a personal file or an account; stored by name.</summary>
public enum AuditAction
{
    /// <summary>A file was opened or listed in detail.</summary>
    Read,

    /// <summary>A record was created.</summary>
    Create,

    /// <summary>A record was changed.</summary>
    Update,

    /// <summary>A record was deleted.</summary>
    Delete,

    /// <summary>Data left the platform (download, export, print).</summary>
    Export,

    /// <summary>A user signed in.</summary>
    SignIn,

    /// <summary>A sign-in was refused.</summary>
    SignInFailed,

    /// <summary>A user signed out.</summary>
    SignOut,

    /// <summary>A permission or role was granted or withdrawn.</summary>
    PermissionChange,
}
