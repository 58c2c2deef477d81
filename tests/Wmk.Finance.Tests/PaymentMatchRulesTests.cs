using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments.Matching;

namespace Wmk.Finance.Tests;

public sealed class PaymentMatchRulesTests
{
    private static readonly Guid ContractA = Guid.NewGuid();
    private static readonly Guid ResidentA = Guid.NewGuid();
    private static readonly Guid ContractB = Guid.NewGuid();
    private static readonly Guid ResidentB = Guid.NewGuid();

    private static readonly Dictionary<string, ContractResident> References = new() { ["123456789002"] = new(ContractA, ResidentA) };

    private static readonly DebtIndex Debts = new(
    [
        new(ContractA, ResidentA, "Jan Peeters", 327m, 327m),
        new(ContractB, ResidentB, "Élodie Van den Broeck", 327m, 27m),
    ]);

    [Fact]
    public void A_valid_structured_communication_of_a_contract_matches_it()
    {
        var result = PaymentMatchRules.Match(new MatchLine(54.50m, "123456789002", "iemand anders"), References, Debts);

        result.ShouldBe(new MatchResult(PaymentStatus.Matched, ContractA, ResidentA));
    }

    [Fact]
    public void A_structured_communication_with_a_wrong_check_digit_never_matches_automatically()
    {
        var wrong = new Dictionary<string, ContractResident> { ["123456789003"] = new(ContractA, ResidentA) };

        PaymentMatchRules.Match(new MatchLine(54.50m, "123456789003", null), wrong, Debts).ShouldBe(MatchResult.None);
    }

    [Fact]
    public void An_unknown_structured_communication_falls_back_to_amount_and_name()
    {
        var result = PaymentMatchRules.Match(new MatchLine(327m, "000000009797", "PEETERS JAN"), References, Debts);

        result.ShouldBe(new MatchResult(PaymentStatus.Suggested, ContractA, ResidentA));
    }

    [Theory]
    [InlineData("PEETERS JAN")]
    [InlineData("Mr. jan peeters")]
    [InlineData("peeters,  Jan - BE71 0961")]
    public void Amount_and_name_in_any_case_and_word_order_suggest_the_contract(string payer) =>
        PaymentMatchRules.Match(new MatchLine(327m, null, payer), References, Debts).ShouldBe(new MatchResult(PaymentStatus.Suggested, ContractA, ResidentA));

    [Fact]
    public void Accents_do_not_matter_and_what_is_still_open_counts_as_well()
    {
        PaymentMatchRules.Match(new MatchLine(27m, null, "VAN DEN BROECK ELODIE"), References, Debts)
            .ShouldBe(new MatchResult(PaymentStatus.Suggested, ContractB, ResidentB));
    }

    [Theory]
    [InlineData(326.99, "Jan Peeters")]
    [InlineData(327, "Jan Janssens")]
    [InlineData(327, "Peeters")]
    [InlineData(327, null)]
    [InlineData(-327, "Jan Peeters")]
    [InlineData(0, "Jan Peeters")]
    public void Another_amount_a_partial_or_missing_name_or_a_refund_stays_unmatched(double amount, string? payer) =>
        PaymentMatchRules.Match(new MatchLine((decimal)amount, null, payer), References, Debts).ShouldBe(MatchResult.None);

    [Fact]
    public void Two_residents_with_the_same_name_and_amount_are_left_to_a_person()
    {
        var twins = new DebtIndex([new(ContractA, ResidentA, "Jan Peeters", 327m, 327m), new(ContractB, ResidentB, "Jan Peeters", 327m, 327m)]);

        PaymentMatchRules.Match(new MatchLine(327m, null, "Jan Peeters"), References, twins).ShouldBe(MatchResult.None);
    }

    [Fact]
    public void An_amount_above_the_maximum_never_matches_even_with_a_good_reference() =>
        PaymentMatchRules.Match(new MatchLine(100_000.01m, "123456789002", null), References, Debts).ShouldBe(MatchResult.None);

    [Fact]
    public void Words_are_folded_to_lower_case_without_accents()
    {
        PaymentMatchRules.Words("Zoë  D'Hondt-Çelik").ShouldBe(["zoe", "d", "hondt", "celik"], ignoreOrder: true);
        PaymentMatchRules.Words(null).ShouldBeEmpty();
    }
}
