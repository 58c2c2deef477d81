namespace Wmk.Housing;

/// <summary>Marker for the housing module's texts.</summary>
public sealed class HousingResource;
