namespace Wmk.Architecture.Tests;

public sealed class ModulePublicSurfaceTests
{
    public static TheoryData<string> Modules => ModuleAssemblies.Names();

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_exposes_only_its_module_class_and_its_contracts(string module)
    {
        PublicSurface.Violations(module, ModuleAssemblies.Named(module).GetExportedTypes()).ShouldBeEmpty();
    }
}
