using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Templating;

namespace Wmk.Kernel.Tests.Templating;

/// <summary>Templates embedded in this test assembly (Templating/Templates/*.sbn), registered as a module would.</summary>
internal static class TestTemplates
{
    public static IServiceCollection AddTestTemplates(this IServiceCollection services) => services
        .AddWmkTemplating()
        .AddWmkTemplate(Define("Greeting", ("nl-BE", "Greeting_nl-BE.sbn"), ("nl", "Greeting_nl.sbn"), ("en", "Greeting_en.sbn"), (null, "Greeting.sbn")))
        .AddWmkTemplate(Define("Letter", (null, "Letter.sbn")))
        .AddWmkTemplate(Define("Broken", (null, "Broken.sbn")))
        .AddWmkTemplate(Define("Welcome.Subject", ("nl", "Welcome.Subject_nl.sbn"), (null, "Welcome.Subject.sbn")))
        .AddWmkTemplate(Define("Welcome.Body", ("nl", "Welcome.Body_nl.sbn"), (null, "Welcome.Body.sbn")));

    private static TemplateDefinition Define(string name, params (string? Culture, string File)[] contents)
    {
        var assembly = typeof(TestTemplates).Assembly;
        var definition = new TemplateDefinition(name);
        foreach (var (culture, file) in contents)
        {
            var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Templates." + file, StringComparison.Ordinal));
            definition.WithEmbedded(culture, assembly, resource);
        }

        return definition;
    }
}
