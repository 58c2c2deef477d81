namespace Wmk.Kernel.Data.Kernel;

/// <summary>A DataProtection key ring entry, shared by all hosts so cookies and secrets survive restarts and scale out.</summary>
[SharedData("Host key ring, protects all tenants' cookies and secrets")]
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string? Xml { get; set; }
}
