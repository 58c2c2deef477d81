using Wmk.Finance.Domain;
using Wmk.Finance.Features.Quotes;
using Wmk.Finance.Features.RentTables;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Tests;

public sealed class QuoteRulesTests
{
    private static readonly RentLineView[] Table =
    [
        new("Bezetting 1", 110m, false, 1, LineSharing.Split, null, null),
        new("Bezetting 3", 160m, false, 3, LineSharing.Split, null, null),
        new("Forfait", 0m, true, null, LineSharing.Split, 65m, 183m),
        new("Technisch beheer", 90m, false, null, LineSharing.Split, null, null),
        new("Brandverzekering", 5m, false, null, LineSharing.Split, null, null),
        new("Solidariteit", 50m, false, null, LineSharing.PerPerson, null, null),
        new("Ketel", 7m, false, null, LineSharing.Split, null, null),
    ];

    [Fact]
    public void A_solo_one_bedroom_unit_pays_the_first_tenants_table()
    {
        var errors = new List<RuleError>();

        var lines = QuoteRules.Lines(Table, 1, 65m, 1, errors);

        errors.ShouldBeEmpty();
        lines.Sum(l => l.PerPerson).ShouldBe(110m + 65m + 90m + 5m + 50m + 7m);
    }

    [Fact]
    public void Two_people_sharing_split_the_split_lines_and_each_pay_the_per_person_lines()
    {
        var errors = new List<RuleError>();

        var lines = QuoteRules.Lines(Table, 3, 100.01m, 2, errors);

        errors.ShouldBeEmpty();
        lines.Select(l => l.PerPerson).ShouldBe([80m, 50.01m, 45m, 2.5m, 50m, 3.5m]);
    }

    [Theory]
    [InlineData(64.99)]
    [InlineData(183.01)]
    public void A_forfait_outside_its_bounds_is_refused(decimal forfait)
    {
        var errors = new List<RuleError>();

        QuoteRules.Lines(Table, 1, forfait, 1, errors);

        errors.Single().Key.ShouldBe("Quote:OutOfBounds");
    }

    [Theory]
    [InlineData(0, false, 1, true)]
    [InlineData(2, false, 1, true)]
    [InlineData(1, false, 1, false)]
    [InlineData(3, true, 3, false)]
    [InlineData(4, true, 3, true)]
    public void The_household_fits_the_unit(int household, bool shared, int places, bool refused)
    {
        var errors = new List<RuleError>();

        QuoteRules.CheckHousehold(household, shared, places, errors);

        (errors.Count > 0).ShouldBe(refused);
    }

    [Fact]
    public void A_rent_table_refuses_negative_amounts_bounds_in_the_wrong_order_and_amounts_outside_their_bounds()
    {
        var input = new RentTableInput("Tabel", null, new(2026, 1, 1),
        [
            new("Negatief", -1m, false, null, LineSharing.Split, null, null),
            new("Grenzen", 10m, false, null, LineSharing.Split, 20m, 5m),
            new("Buiten", 200m, false, null, LineSharing.Split, 65m, 183m),
        ]);

        RentTableRules.Check(input).Select(e => e.Key).ShouldBe(["RentLine:Negative", "RentLine:BoundsOrder", "RentLine:OutOfBounds"]);
        RentTableRules.Check(input with { Name = " ", Lines = [] }).Select(e => e.Key).ShouldBe(["RentTable:NameRequired", "RentTable:LinesRequired"]);
    }
}
