using System.Globalization;
using Wmk.Documents.Engine;

namespace Wmk.Documents.Tests;

public sealed class DocxFillerTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    [Fact]
    public void Placeholders_split_over_runs_are_filled_and_a_table_row_repeats_per_line()
    {
        var filled = Engines.Docx().Fill(Engines.ChargeTemplate(), Engines.Charge(), Dutch);

        var blocks = DocxText.Blocks(filled);
        var text = DocxText.All(filled);
        text.ShouldContain("Beste Sam, hier is je aanrekening van november 2026.");
        blocks.Where(b => b.Count == 2).Select(b => string.Join("=", b)).ShouldBe(
            ["Omschrijving=Bedrag", "Bezettingsvergoeding=€ 110,00", "Forfait=€ 65,00", "Technisch beheer=€ 152,00", "Totaal=€ 327,00"]);
        text.ShouldNotContain("{{");
    }

    [Fact]
    public void An_empty_list_leaves_no_row_and_the_template_stays_unchanged()
    {
        var template = Engines.ChargeTemplate();
        var before = template.ToArray();
        var model = Engines.Charge();
        ((Wmk.Documents.Contracts.DocumentModel)model["charge"]!)["lines"] = new List<Wmk.Documents.Contracts.DocumentModel>();

        var filled = Engines.Docx().Fill(template, model, Dutch);

        DocxText.Blocks(filled).Count(b => b.Count == 2).ShouldBe(2);
        template.ShouldBe(before);
    }

    [Fact]
    public void Line_breaks_in_a_value_become_word_line_breaks()
    {
        var model = Engines.Charge();
        ((Wmk.Documents.Contracts.DocumentModel)model["resident"]!)["first_name"] = "Sam\nPeeters";

        var text = DocxText.All(Engines.Docx().Fill(Engines.ChargeTemplate(), model, Dutch));

        text.ShouldContain("Beste Sam\nPeeters,");
    }

    [Fact]
    public void Markup_in_the_data_stays_text_in_word()
    {
        var model = Engines.Charge();
        ((Wmk.Documents.Contracts.DocumentModel)model["resident"]!)["first_name"] = "<w:t>x</w:t> & co";

        var text = DocxText.All(Engines.Docx().Fill(Engines.ChargeTemplate(), model, Dutch));

        text.ShouldContain("Beste <w:t>x</w:t> & co,");
    }
}
