namespace Wmk.Tenancy;

/// <summary>Marker for the tenancy module's texts.</summary>
public sealed class TenancyResource;
