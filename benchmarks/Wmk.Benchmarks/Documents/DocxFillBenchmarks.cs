using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Wmk.Documents.Contracts;
using Wmk.Documents.Engine;
using Wmk.Documents.Features.Seed;

namespace Wmk.Benchmarks.Documents;

/// <summary>
/// Filling the seeded one-page rental contract (a .docx built by <see cref="DefaultTemplates"/>) with a resident's data, one
/// document per operation on one thread: the target is at least 200 documents per second per core (5 ms each).
/// The charge letter adds a three-line table loop and placeholders split over runs.
/// </summary>
[Config(typeof(DocumentsConfig))]
[MemoryDiagnoser]
public class DocxFillBenchmarks
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private readonly DocxFiller filler = new(new TemplateSandbox(Options.Create(new DocumentLimits())));
    private byte[] contract = [];
    private byte[] letter = [];
    private DocumentModel model = [];

    [GlobalSetup]
    public void Setup()
    {
        contract = DefaultTemplates.All.Single(t => t.Kind == "RentalContract").Content();
        letter = DocxBuilder.Build(
            "# Aanrekening",
            DocxBuilder.Split("Beste {", "{ resident.", "first", "_name }", "}, hier is je aanrekening van {{ charge.month }}."),
            new[]
            {
                new[] { "Omschrijving", "Bedrag" },
                new[] { "{{ for line in charge.lines }}{{ line.name }}", "{{ line.amount }}{{ end }}" },
                new[] { "Totaal", "{{ charge.total }}" },
            });
        var resident = new DocumentModel
        {
            ["first_name"] = "Sam", ["last_name"] = "Peeters", ["full_name"] = "Sam Peeters", ["birth_date"] = "01/03/2005",
        };
        model = new DocumentModel
        {
            ["resident"] = resident,
            ["contract"] = new DocumentModel { ["address"] = "Kioskplaats 12, 2660 Hoboken", ["place"] = 1, ["start_date"] = "01/06/2026", ["end_date"] = "31/05/2027" },
            ["unit"] = new DocumentModel { ["forfait"] = "€ 65,00", ["bedrooms"] = 1 },
            ["organisation"] = new DocumentModel { ["name"] = "Wonen met Kansen" },
            ["today"] = "26/11/2026",
            ["charge"] = new DocumentModel
            {
                ["month"] = "november 2026", ["total"] = "€ 327,00",
                ["lines"] = new List<DocumentModel>
                {
                    new() { ["name"] = "Bezettingsvergoeding", ["amount"] = "€ 110,00" },
                    new() { ["name"] = "Forfait", ["amount"] = "€ 65,00" },
                    new() { ["name"] = "Technisch beheer", ["amount"] = "€ 152,00" },
                },
            },
        };
    }

    [Benchmark(Baseline = true)]
    public int RentalContract() => filler.Fill(contract, model, Dutch).Length;

    [Benchmark]
    public int ChargeLetterWithTableLoop() => filler.Fill(letter, model, Dutch).Length;
}
