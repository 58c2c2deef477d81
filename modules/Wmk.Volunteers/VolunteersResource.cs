namespace Wmk.Volunteers;

/// <summary>Marker for the volunteers module's texts.</summary>
public sealed class VolunteersResource;
