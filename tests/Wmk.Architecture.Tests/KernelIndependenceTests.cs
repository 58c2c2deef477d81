using NetArchTest.Rules;

namespace Wmk.Architecture.Tests;

public sealed class KernelIndependenceTests
{
    private static readonly string[] BusinessNamespaces =
    [
        "Wmk.Tenancy", "Wmk.Accounts", "Wmk.Housing", "Wmk.Guidance", "Wmk.Finance", "Wmk.Documents",
        "Wmk.Volunteers", "Wmk.GroupMeetings", "Wmk.Host",
    ];

    [Fact]
    public void The_kernel_depends_on_no_business_module_nor_the_host()
    {
        var forbidden = BusinessNamespaces
            .Concat(ModuleAssemblies.All.Select(a => a.GetName().Name!))
            .Distinct()
            .ToArray();

        var result = Types.InAssembly(ModuleAssemblies.Kernel).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void The_business_modules_are_found_next_to_the_tests()
    {
        ModuleAssemblies.All.Select(a => a.GetName().Name).ShouldContain("Wmk.Tenancy");
    }
}
