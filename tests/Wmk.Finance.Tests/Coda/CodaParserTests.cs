using Wmk.Finance.Features.Payments.Coda;
using Wmk.Finance.Features.Payments.Imports;

namespace Wmk.Finance.Tests.Coda;

/// <summary>The parser on the hand-made statements of this folder (written by <c>make_statements.py</c>).</summary>
public sealed class CodaParserTests
{
    [Theory]
    [InlineData("good.cod")]
    [InlineData("good-lf.cod")]
    public void A_good_statement_gives_its_movements_with_sign_dates_communication_and_counterparty(string file)
    {
        var statement = CodaParser.Parse(Read(file)).ShouldHaveSingleItem();

        statement.Account.ShouldBe("BE68539007547034");
        statement.Number.ShouldBe(1);
        statement.OldBalance.ShouldBe(1000m);
        statement.NewBalance.ShouldBe(1369.50m);
        statement.NewBalanceDate.ShouldBe(new DateOnly(2026, 11, 1));
        statement.Movements.Count.ShouldBe(3);
        var rent = statement.Movements[0];
        rent.Amount.ShouldBe(54.50m);
        rent.StructuredDigits.ShouldBe("123456789002");
        rent.Communication.ShouldBeNull();
        rent.CounterpartyName.ShouldBe("PEETERS JAN");
        rent.CounterpartyAccount.ShouldBe("BE71096123456769");
        rent.ValueDate.ShouldBe(new DateOnly(2026, 11, 1));
        rent.Line.ShouldBe(3);
        var free = statement.Movements[1];
        free.Amount.ShouldBe(327m);
        free.StructuredDigits.ShouldBeNull();
        free.Communication.ShouldBe("Huur november Sofie Vermeulen kamer 2 dank u");
        free.CounterpartyName.ShouldBe("Sofie Vermeulen");
        var costs = statement.Movements[2];
        costs.Amount.ShouldBe(-12m);
        costs.CounterpartyName.ShouldBeNull();
        statement.KeyOf(costs).ShouldBe("CODA:BE68539007547034:2026:001:0003:0000");
    }

    [Fact]
    public void A_globalised_movement_gives_its_details_and_not_the_total()
    {
        var statement = CodaParser.Parse(Read("globalised.cod")).ShouldHaveSingleItem();

        statement.Movements.Select(m => m.Amount).ShouldBe([60m, 40m]);
        statement.Movements.Select(m => m.Detail).ShouldBe([1, 2]);
        statement.Movements[1].CounterpartyName.ShouldBe("Ahmed El Idrissi");
    }

    [Fact]
    public void A_file_with_two_statements_gives_both_with_their_own_numbers_and_keys()
    {
        var statements = CodaParser.Parse(Read("two-statements.cod"));

        statements.Select(s => s.Number).ShouldBe([1, 2]);
        statements[1].Movements.Select(m => m.Amount).ShouldBe([-5m, 15m]);
        statements[0].KeyOf(statements[0].Movements[0]).ShouldNotBe(statements[1].KeyOf(statements[1].Movements[0]));
    }

    [Fact]
    public void A_structured_communication_with_a_wrong_check_digit_is_read_as_received()
    {
        var movement = CodaParser.Parse(Read("wrong-check-digit.cod"))[0].Movements[0];

        movement.StructuredDigits.ShouldBe("123456789003");
        Wmk.Finance.Features.Payments.StructuredCommunication.IsValid(movement.StructuredDigits).ShouldBeFalse();
    }

    [Theory]
    [InlineData("bad-short-line.cod", "Coda:Length", 5)]
    [InlineData("bad-cut-mid-record.cod", "Coda:Length", 7)]
    [InlineData("bad-truncated.cod", "Coda:Truncated", 9)]
    [InlineData("bad-balance.cod", "Coda:Balance", 11)]
    [InlineData("bad-count.cod", "Coda:Count", 13)]
    [InlineData("bad-totals.cod", "Coda:Totals", 13)]
    [InlineData("bad-sequence.cod", "Coda:Sequence", 6)]
    [InlineData("bad-date.cod", "Coda:Date", 6)]
    [InlineData("bad-amount.cod", "Coda:Amount", 9)]
    [InlineData("bad-missing-continuation.cod", "Coda:Missing", 4)]
    [InlineData("bad-version.cod", "Coda:Version", 1)]
    public void A_malformed_statement_is_refused_naming_the_line(string file, string key, int line)
    {
        var error = Should.Throw<PaymentFileException>(() => CodaParser.Parse(Read(file))).Error;

        error.Key.ShouldBe(key);
        error.Args[0].ShouldBe(line);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Should.Throw<PaymentFileException>(() => CodaParser.Parse(Read("bad-empty.cod"))).Error.Key.ShouldBe("Coda:Empty");
        Should.Throw<PaymentFileException>(() => CodaParser.Parse("\r\n\r\n")).Error.Key.ShouldBe("Coda:Empty");
    }

    [Fact]
    public void A_record_type_out_of_place_is_refused()
    {
        var lines = Read("good.cod").Split("\r\n");
        lines[1] = "7" + lines[1][1..];

        var error = Should.Throw<PaymentFileException>(() => CodaParser.Parse(string.Join("\r\n", lines))).Error;

        error.Key.ShouldBe("Coda:Unexpected");
        error.Args[0].ShouldBe(2);
    }

    [Fact]
    public void Latin1_bytes_are_decoded_and_utf8_is_kept()
    {
        CodaParser.Decode([0x43, 0xE9, 0x6C]).ShouldBe("Cél");
        CodaParser.Decode("Cél"u8.ToArray()).ShouldBe("Cél");
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Coda", file), System.Text.Encoding.Latin1);
}
