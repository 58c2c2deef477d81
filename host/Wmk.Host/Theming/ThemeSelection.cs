using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Razor.Hosting;
using Wmk.Host.Startup;
using Wmk.Kernel.Modularity;

namespace Wmk.Host.Theming;

/// <summary>
/// Chooses the theme by configuration <c>Theme:Name</c> (default "Basic"): the built-in Basic theme or the theme
/// assembly at <c>Theme:Assembly</c>. Every theme brings Pages/Shared/_Layout.cshtml, so only the chosen one may be
/// an application part: the others are removed from MVC.
/// </summary>
internal static class ThemeSelection
{
    public const string DefaultName = "Basic";

    public static IMvcBuilder AddWmkTheme(this IMvcBuilder builder, IConfiguration configuration)
    {
        var theme = Choose(configuration);
        var parts = builder.PartManager.ApplicationParts;
        foreach (var part in parts.Where(p => PartAssembly(p) is { } a && a != theme && ThemeName(a) is not null).ToList())
        {
            parts.Remove(part);
        }

        if (!parts.OfType<AssemblyPart>().Any(p => p.Assembly == theme))
        {
            parts.Add(new AssemblyPart(theme));
        }

        if (!parts.OfType<CompiledRazorAssemblyPart>().Any(p => p.Assembly == theme))
        {
            parts.Add(new CompiledRazorAssemblyPart(theme));
        }

        return builder;
    }

    private static Assembly Choose(IConfiguration configuration)
    {
        var name = configuration["Theme:Name"] is { Length: > 0 } configured ? configured : DefaultName;
        List<Assembly> candidates = [typeof(Themes.Basic.ThemeResource).Assembly];
        if (configuration["Theme:Assembly"] is { Length: > 0 } path)
        {
            candidates.Add(Load(path));
        }

        return candidates.FirstOrDefault(a => string.Equals(ThemeName(a), name, StringComparison.OrdinalIgnoreCase))
            ?? throw new StartupException($"the theme \"{name}\" is unknown (Theme:Name; a theme outside the host needs Theme:Assembly).");
    }

    private static Assembly Load(string path)
    {
        try
        {
            return Assembly.LoadFrom(Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException)
        {
            throw new StartupException($"the theme assembly {path} cannot be loaded: {ex.Message}", ex);
        }
    }

    private static string? ThemeName(Assembly assembly) => assembly.GetCustomAttribute<WmkThemeAttribute>()?.Name;

    private static Assembly? PartAssembly(ApplicationPart part) => part switch
    {
        AssemblyPart a => a.Assembly,
        CompiledRazorAssemblyPart r => r.Assembly,
        _ => null,
    };
}
