namespace Wmk.Guidance;

/// <summary>Marker for the guidance module's texts (menu, permissions, shared labels); areas keep theirs apart.</summary>
public sealed class GuidanceResource;
