using System.Globalization;
using System.IO.Compression;
using System.Text;
using Wmk.Documents.Engine;

namespace Wmk.Documents.Tests;

public sealed class TemplateCheckerTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly Engines.Source Charge = new(Engines.Charge());

    [Fact]
    public void A_good_template_passes_and_the_preview_is_filled_with_demo_data()
    {
        var preview = Engines.Checker().Check(TemplateFormat.Docx, Engines.ChargeTemplate(), Charge, Dutch);

        DocxText.All(preview).ShouldContain("Technisch beheer | € 152,00");
    }

    [Fact]
    public void Unknown_fields_and_syntax_errors_are_listed_with_their_paragraph()
    {
        var template = DocxBuilder.Build(
            "# Titel",
            "Beste {{ resident.nickname }},",
            "{{ if charge.total }}",
            new[] { new[] { "A", "B" }, new[] { "{{ for line in charge.lines }}{{ line.name }}", "{{ line.price }}{{ end }}" } });

        var ex = Should.Throw<TemplateProblemException>(() => Engines.Checker().Check(TemplateFormat.Docx, template, Charge, Dutch));

        ex.Problems.ShouldContain(p => p.Key == "Check:UnknownField" && (string)p.Args[0] == "resident.nickname" && p.Paragraph == 2);
        ex.Problems.ShouldContain(p => p.Key == "Check:Syntax" && p.Paragraph == 3);
        ex.Problems.ShouldContain(p => p.Key == "Check:UnknownField" && (string)p.Args[0] == "charge.lines[].price");
        ex.Problems.Count.ShouldBe(3);
    }

    [Fact]
    public void Html_letters_report_line_and_column()
    {
        var html = Encoding.UTF8.GetBytes("<p>Beste {{ resident.first_name }},</p>\n<p>{{ charge.unknown }}</p>");

        var ex = Should.Throw<TemplateProblemException>(() => Engines.Checker().Check(TemplateFormat.Html, html, Charge, Dutch));

        var problem = ex.Problems.ShouldHaveSingleItem();
        problem.Key.ShouldBe("Check:UnknownField");
        problem.Line.ShouldBe(2);
        problem.Column.ShouldBe(7);
    }

    [Fact]
    public void Html_letters_encode_the_data()
    {
        var model = Engines.Charge();
        ((Wmk.Documents.Contracts.DocumentModel)model["resident"]!)["first_name"] = "<script>alert(1)</script>";
        var html = Encoding.UTF8.GetBytes("<p>Beste {{ resident.first_name }}</p>");

        var filled = Encoding.UTF8.GetString(new HtmlFiller(Engines.Sandbox()).Fill(html, model, Dutch));

        filled.ShouldBe("<p>Beste &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}", "Check:LoopLimit")]
    [InlineData("{{ for i in 1..100000 }}x{{ end }}", "Check:LoopLimit")]
    [InlineData("{{ include 'C:/Windows/win.ini' }}", "Check:Include")]
    [InlineData("{{ include '/etc/passwd' }}", "Check:Include")]
    [InlineData("{{ func f; ret f; end; f }}", "Check:RecursionLimit")]
    [InlineData("{{ 'x' | string.pad_left 2000000 }}", "Check:OutputLimit")]
    [InlineData("{{ x = 'aaaaaaaaaa'; for i in 1..20; x = x + x; end; x }}", "Check:OutputLimit")]
    public void Sandbox_escapes_are_stopped_with_a_clear_reason(string body, string key)
    {
        var html = Encoding.UTF8.GetBytes(body);

        var ex = Should.Throw<TemplateProblemException>(() => Engines.Checker().Check(TemplateFormat.Html, html, Charge, Dutch));

        ex.Problems.Select(p => p.Key).ShouldContain(key);
    }

    [Fact]
    public void A_template_that_runs_too_long_is_stopped()
    {
        var limits = Engines.Limits(l =>
        {
            l.Timeout = TimeSpan.FromMilliseconds(200);
            l.LoopLimit = int.MaxValue;
        });
        var html = Encoding.UTF8.GetBytes("{{ for a in 1..90000 }}{{ for b in 1..90000 }}{{ end }}{{ end }}");

        var ex = Should.Throw<TemplateProblemException>(() => Engines.Checker(limits).Check(TemplateFormat.Html, html, Charge, Dutch));

        ex.Problems.Select(p => p.Key).ShouldBe(["Check:Timeout"]);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_refused()
    {
        var text = Encoding.UTF8.GetBytes("Dit is gewoon tekst met {{ resident.first_name }}");
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            w.Write("geen word");
        }

        Keys(() => Engines.Package().Inspect(text)).ShouldBe(["Upload:NotDocx"]);
        Keys(() => Engines.Package().Inspect(zip.ToArray())).ShouldBe(["Upload:NotDocx"]);
        Keys(() => Engines.Package().Inspect([.. Engines.ChargeTemplate().Take(300)])).ShouldBe(["Upload:NotDocx"]);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var bomb = ZipWith(("[Content_Types].xml", 10), ("word/document.xml", 10), ("word/media/zeros.bin", 200 * 1024 * 1024));
        var many = ZipWith([("[Content_Types].xml", 10), ("word/document.xml", 10), .. Enumerable.Range(0, 1001).Select(i => ($"x/{i}.xml", 1))]);

        Keys(() => Engines.Package().Inspect(bomb)).ShouldBe(["Upload:ZipBomb"]);
        Keys(() => Engines.Package().Inspect(many)).ShouldBe(["Upload:ZipBomb"]);
    }

    private static string[] Keys(Action action) => [.. Should.Throw<TemplateProblemException>(action).Problems.Select(p => p.Key)];

    private static byte[] ZipWith(params (string Name, int Zeros)[] entries)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, true))
        {
            var chunk = new byte[1024 * 1024];
            foreach (var (name, zeros) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                for (var left = zeros; left > 0; left -= chunk.Length)
                {
                    stream.Write(chunk, 0, Math.Min(left, chunk.Length));
                }
            }
        }

        return zip.ToArray();
    }
}
