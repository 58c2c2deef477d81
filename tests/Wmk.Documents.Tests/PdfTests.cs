using System.Globalization;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using Wmk.Documents.Engine;

namespace Wmk.Documents.Tests;

public sealed class PdfTests
{
    [Fact]
    public async Task A_filled_docx_becomes_a_pdf_with_the_amounts()
    {
        var converter = new PdfConverter(Options.Create(Engines.Limits()));
        var filled = Engines.Docx().Fill(Engines.ChargeTemplate(), Engines.Charge(), CultureInfo.GetCultureInfo("nl-BE"));

        converter.Available.ShouldBeTrue("the test command installs libreoffice-writer-nogui");
        var pdf = await converter.ConvertAsync(filled, ".docx", CancellationToken.None);

        pdf.ShouldNotBeNull();
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.ShouldContain("Beste Sam, hier is je aanrekening van november 2026.");
        text.ShouldContain("Technisch beheer € 152,00");
        text.ShouldContain("Totaal € 327,00");
    }

    [Fact]
    public async Task Without_a_converter_there_is_no_pdf()
    {
        var converter = new PdfConverter(Options.Create(Engines.Limits(l => l.Converter = "/nergens/soffice")));

        converter.Available.ShouldBeFalse();
        (await converter.ConvertAsync(Engines.ChargeTemplate(), ".docx", CancellationToken.None)).ShouldBeNull();
    }
}
