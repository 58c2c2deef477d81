namespace Wmk.Host;

/// <summary>Marker for the host's texts.</summary>
public sealed class HostResource;
