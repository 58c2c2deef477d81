using NetArchTest.Rules;
using Wmk.Architecture.Tests.Fakes.Finance;
using Wmk.Architecture.Tests.Fakes.Housing;
using Wmk.Architecture.Tests.Fakes.Housing.Contracts;

namespace Wmk.Architecture.Tests;

/// <summary>The rules run on fake modules, so a rule that cannot fail does not pass unnoticed.</summary>
public sealed class RuleSelfTests
{
    private const string Housing = "Wmk.Architecture.Tests.Fakes.Housing";

    [Fact]
    public void The_boundary_rule_catches_a_use_of_another_modules_internals_and_allows_contracts_and_the_module_class()
    {
        var finance = () => Types.InAssembly(typeof(RuleSelfTests).Assembly)
            .That().ResideInNamespace("Wmk.Architecture.Tests.Fakes.Finance").ShouldNot();
        var forbidden = ModuleBoundary.ForbiddenTypesOf(Housing, typeof(RuleSelfTests).Assembly.GetTypes());

        forbidden.ShouldBe([typeof(RentCalculator).FullName!], ignoreOrder: true);
        ModuleBoundary.Violations(finance, forbidden).ShouldBe([typeof(LeakyInvoice).FullName!]);
    }

    [Fact]
    public void The_public_surface_rule_catches_a_public_helper_and_a_second_module_class()
    {
        var problems = PublicSurface.Violations(
            Housing, [typeof(HousingModule), typeof(RentCalculator), typeof(RentQuote), typeof(FinanceModule)]);

        problems.ShouldContain(p => p.Contains("2 public module classes"));
        problems.ShouldContain(p => p.StartsWith(typeof(RentCalculator).FullName!));
        problems.ShouldNotContain(p => p.StartsWith(typeof(RentQuote).FullName!));
    }

    [Fact]
    public void The_public_surface_rule_accepts_one_module_class_and_contracts()
    {
        PublicSurface.Violations(Housing, [typeof(HousingModule), typeof(RentQuote)]).ShouldBeEmpty();
    }
}
