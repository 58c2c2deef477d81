using Microsoft.Extensions.Options;
using Wmk.Documents.Contracts;
using Wmk.Documents.Engine;

namespace Wmk.Documents.Tests;

/// <summary>The engine parts wired by hand with test limits, and a charge model with lines.</summary>
internal static class Engines
{
    public static DocumentLimits Limits(Action<DocumentLimits>? change = null)
    {
        var limits = new DocumentLimits();
        change?.Invoke(limits);
        return limits;
    }

    public static TemplateSandbox Sandbox(DocumentLimits? limits = null) => new(Options.Create(limits ?? Limits()));

    public static DocxFiller Docx(DocumentLimits? limits = null) => new(Sandbox(limits));

    public static DocxPackage Package(DocumentLimits? limits = null) => new(Options.Create(limits ?? Limits()));

    public static TemplateChecker Checker(DocumentLimits? limits = null) =>
        new(Package(limits), Docx(limits), new HtmlFiller(Sandbox(limits)));

    public static DocumentModel Charge() => new()
    {
        ["resident"] = new DocumentModel { ["first_name"] = "Sam", ["full_name"] = "Sam Peeters" },
        ["charge"] = new DocumentModel
        {
            ["month"] = "november 2026",
            ["total"] = "€ 327,00",
            ["lines"] = new List<DocumentModel>
            {
                new() { ["name"] = "Bezettingsvergoeding", ["amount"] = "€ 110,00" },
                new() { ["name"] = "Forfait", ["amount"] = "€ 65,00" },
                new() { ["name"] = "Technisch beheer", ["amount"] = "€ 152,00" },
            },
        },
    };

    /// <summary>A one-page charge letter: the name split over runs the way Word does, and a table row per charge line.</summary>
    public static byte[] ChargeTemplate() => DocxBuilder.Build(
        "# Aanrekening",
        DocxBuilder.Split("Beste {", "{ resident.", "first", "_name }", "}, hier is je aanrekening van {{ charge.month }}."),
        new[]
        {
            new[] { "Omschrijving", "Bedrag" },
            new[] { "{{ for line in charge.lines }}{{ line.name }}", "{{ line.amount }}{{ end }}" },
            new[] { "Totaal", "{{ charge.total }}" },
        },
        "Met vriendelijke groeten.");

    internal sealed class Source(DocumentModel demo, string model = "charge") : IDocumentModelSource
    {
        public string Model => model;

        public bool AboutResidents => true;

        public DocumentModel Demo => demo;

        public Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
            Task.FromResult<DocumentSubject?>(new DocumentSubject(demo, "Sam", null));
    }
}
