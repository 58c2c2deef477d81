using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Payments.Csv;
using Wmk.Finance.Features.Payments.Imports;

namespace Wmk.Finance.Tests;

public sealed class CsvPaymentParserTests
{
    private static readonly CsvLayout Belgian = new(';', true, 1, 3, 4, 5, 6, "dd/MM/yyyy", true);

    [Fact]
    public void Rows_are_read_with_the_mapping_quotes_and_decimal_comma()
    {
        var rows = CsvPaymentParser.Parse(
            "Datum;Rekening;Bedrag;Naam;IBAN;Mededeling\r\n01/11/2026;x;\"1.288,46\";\"Peeters; Jan\";BE71 0961 2345 6769;+++123/4567/89002+++\r\n\r\n02/11/2026;x;-12,00;Bank;;\r\n",
            Belgian);

        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(rows[0] with { Line = 2, Day = new DateOnly(2026, 11, 1), Amount = 1288.46m, Name = "Peeters; Jan", Iban = "BE71096123456769" });
        PaymentRules.StructuredDigits(rows[0].Communication).ShouldBe("123456789002");
        rows[1].Line.ShouldBe(4);
        rows[1].Amount.ShouldBe(-12m);
        rows[1].Iban.ShouldBeNull();
    }

    [Fact]
    public void The_same_row_twice_gets_two_keys_and_the_same_row_in_another_file_the_same_key()
    {
        var text = "01/11/2026;x;10,00;A;;\n01/11/2026;x;10,00;A;;\n";
        var layout = Belgian with { HasHeader = false };

        var first = CsvPaymentParser.Parse(text, layout);
        var again = CsvPaymentParser.Parse("01/11/2026;x;10,00;A;;\n", layout);

        first[0].Key.ShouldNotBe(first[1].Key);
        again[0].Key.ShouldBe(first[0].Key);
    }

    [Theory]
    [InlineData("01/11/2026;x;10,00\n", "Csv:Columns", 2)]
    [InlineData("2026-11-01;x;10,00;A;B;C\n", "Csv:Date", 2)]
    [InlineData("01/11/2026;x;tien;A;B;C\n", "Csv:Amount", 2)]
    [InlineData("01/11/2026;x;0,00;A;B;C\n", "Csv:AmountRange", 2)]
    [InlineData("01/11/2026;x;100.000,01;A;B;C\n", "Csv:AmountRange", 2)]
    [InlineData("01/11/2026;x;10,001;A;B;C\n", "Csv:AmountRange", 2)]
    [InlineData("01/11/2026;x;10,00;\"A;B;C\n", "Csv:Quote", 2)]
    public void A_bad_line_refuses_the_file_naming_the_line(string line, string key, int number)
    {
        var error = Should.Throw<PaymentFileException>(() => CsvPaymentParser.Parse("kop\n" + line, Belgian)).Error;

        error.Key.ShouldBe(key);
        error.Args[0].ShouldBe(number);
    }

    [Fact]
    public void A_file_without_rows_is_refused() =>
        Should.Throw<PaymentFileException>(() => CsvPaymentParser.Parse("Datum;Bedrag\n", Belgian)).Error.Key.ShouldBe("Csv:Empty");

    [Theory]
    [InlineData("1.288,46", true, 1288.46)]
    [InlineData("€ 54,50", true, 54.50)]
    [InlineData("1,288.46", false, 1288.46)]
    [InlineData("-5.5 EUR", false, -5.5)]
    public void Amounts_are_read_in_both_notations(string text, bool comma, double expected) =>
        CsvPaymentParser.Amount(text, comma).ShouldBe((decimal)expected);
}
