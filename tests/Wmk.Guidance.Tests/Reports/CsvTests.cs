using System.Text;
using Wmk.Guidance.Features.Reports.Export;

namespace Wmk.Guidance.Tests.Reports;

public sealed class CsvTests
{
    [Fact]
    public void A_csv_starts_with_the_utf8_byte_order_mark_and_separates_fields_with_semicolons()
    {
        var bytes = Csv.Write([["Bestemming", "2023"], ["Eigen netwerk", "5"]]);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes.AsSpan(3)).ShouldBe("Bestemming;2023\r\nEigen netwerk;5\r\n");
    }

    [Fact]
    public void Numbers_have_a_decimal_comma_and_no_thousands_separator()
    {
        Csv.Number(56.25m).ShouldBe("56,3");
        Csv.Number(1234.5m).ShouldBe("1234,5");
        Csv.Number(100m).ShouldBe("100,0");
        Csv.Number((decimal?)null).ShouldBe(string.Empty);
        Csv.Number(12345).ShouldBe("12345");
        Csv.Date(new DateOnly(2026, 1, 5)).ShouldBe("05/01/2026");
    }

    [Fact]
    public void Fields_with_separators_or_quotes_are_quoted_and_formulas_are_defused()
    {
        var text = Encoding.UTF8.GetString(Csv.Write([["a;b", "zeg \"hallo\"", Csv.Text("=SUM(A1)"), Csv.Text("Anna")]]).AsSpan(3));

        text.ShouldBe("\"a;b\";\"zeg \"\"hallo\"\"\";'=SUM(A1);Anna\r\n");
    }
}
