namespace Wmk.Themes.Basic;

/// <summary>Marker for the theme's texts.</summary>
public sealed class ThemeResource;
