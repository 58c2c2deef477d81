using System.Reflection;

namespace Wmk.Host.Tests.Plugins;

/// <summary>A temporary plugins folder; can receive the built sample plugin or arbitrary files.</summary>
internal sealed class PluginsFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wmk-plugins-" + Guid.NewGuid().ToString("N"));

    public PluginsFolder() => Directory.CreateDirectory(Path);

    public string SampleDll => System.IO.Path.Combine(Path, "Wmk.SamplePlugin", "Wmk.SamplePlugin.dll");

    /// <summary>Copies tests/Wmk.SamplePlugin/bin/&lt;Configuration&gt;/net10.0 to plugins/Wmk.SamplePlugin.</summary>
    public PluginsFolder WithSamplePlugin()
    {
        var output = System.IO.Path.Combine(RepositoryRoot(), "tests", "Wmk.SamplePlugin", "bin", Configuration(), "net10.0");
        File.Exists(System.IO.Path.Combine(output, "Wmk.SamplePlugin.dll"))
            .ShouldBeTrue($"The sample plugin was not built to {output}; Wmk.Host.Tests references it so it is built first.");
        CopyFolder(output, System.IO.Path.Combine(Path, "Wmk.SamplePlugin"));
        return this;
    }

    public string Write(string relativePath, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A loaded plugin may keep its file locked on Windows; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Configuration() =>
        typeof(PluginsFolder).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Wmk.Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Wmk.Platform.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
