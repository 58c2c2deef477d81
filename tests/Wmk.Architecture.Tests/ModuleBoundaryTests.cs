using NetArchTest.Rules;

namespace Wmk.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => ModuleAssemblies.Names();

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_touches_other_modules_only_through_their_contracts(string module)
    {
        var assembly = ModuleAssemblies.Named(module);
        var violations = ModuleAssemblies.All
            .Where(other => other.GetName().Name != module)
            .SelectMany(other =>
            {
                var forbidden = ModuleBoundary.ForbiddenTypesOf(other.GetName().Name!, other.GetTypes());
                return ModuleBoundary.Violations(() => Types.InAssembly(assembly).ShouldNot(), forbidden)
                    .Select(t => $"{t} uses internals of {other.GetName().Name}");
            })
            .ToList();

        violations.ShouldBeEmpty();
    }
}
