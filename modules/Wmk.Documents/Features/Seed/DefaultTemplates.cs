using System.Text;
using Wmk.Documents.Domain;
using Wmk.Documents.Engine;

namespace Wmk.Documents.Features.Seed;

/// <summary>One seeded default of the materials list (domain.md): a kind, its Dutch name, model, format and content.</summary>
internal sealed record DefaultTemplate(string Kind, string Name, string Model, TemplateFormat Format, Func<byte[]> Content)
{
    public string FileName => Kind + DocumentFile(Format);

    private static string DocumentFile(TemplateFormat format) => format == TemplateFormat.Docx ? ".docx" : ".html";
}

/// <summary>The Dutch defaults every organisation starts with and may replace by its own versions.</summary>
internal static class DefaultTemplates
{
    private const string Parties = "Tussen {{ organisation.name }}, sociale leegstandsbeheerder, en {{ resident.full_name }}, geboren op {{ resident.birth_date }}, bewoner.";

    public static readonly IReadOnlyList<DefaultTemplate> All =
    [
        new("RentalContract", "Huurovereenkomst", "contract", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Huurovereenkomst tijdelijk wonen", Parties,
            "Woning: {{ contract.address }} (plaats {{ contract.place }}).",
            "Duur: van {{ contract.start_date }} tot en met {{ contract.end_date }}. De overeenkomst eindigt van rechtswege op de einddatum.",
            "Maandelijkse forfait voor water en gemeenschappelijke delen: {{ unit.forfait }}. Er wordt geen waarborg gevraagd.",
            "De bezettingsvergoeding wordt betaald vóór de 10de van elke maand.",
            "Opgemaakt te Antwerpen op {{ today }}, in twee exemplaren.",
            "Handtekening bewoner: ______________________    Handtekening beheerder: ______________________")),
        new("HouseRules", "Huishoudelijk reglement", "resident", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Huishoudelijk reglement", "Voor {{ resident.full_name }}, bewoner sinds {{ resident.start_date }}.",
            "1. Respecteer de rust van de buren, zeker tussen 22 en 7 uur.", "2. Sleutels verlies je niet: een nieuwe sleutel loopt via de beheerder.",
            "3. Afval wordt gesorteerd en op de ophaaldag buitengezet.", "4. Problemen in de woning meld je meteen aan de beheerder.",
            "Gelezen en goedgekeurd op {{ today }}.")),
        new("TerminationLetter", "Opzegbrief", "contract", TemplateFormat.Html, () => Html(
            "<p>{{ organisation.name }}<br>{{ today }}</p><p>Aan {{ resident.full_name }}<br>{{ contract.address }}</p>",
            "<p><strong>Aangetekend en per e-mail</strong></p><p>Beste {{ resident.first_name }},</p>",
            "<p>Je tijdelijke huurovereenkomst eindigt op <strong>{{ contract.end_date }}</strong>. Met deze brief bevestigen we de opzeg.",
            " Samen met je begeleider ({{ resident.counsellor_name }}) bekijken we de volgende stap naar een vaste woning.</p>",
            "<p>Met vriendelijke groeten,<br>{{ organisation.name }}</p>")),
        new("PaymentPlan", "Afbetalingsplan", "paymentplan", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Afbetalingsplan", "Tussen {{ organisation.name }} en {{ resident.full_name }}.",
            "Openstaand bedrag: {{ paymentplan.total }}.",
            new[] { new[] { "Vervaldag", "Bedrag" }, new[] { "{{ for term in paymentplan.terms }}{{ term.due_date }}", "{{ term.amount }}{{ end }}" } },
            "Wordt het plan niet nageleefd, dan volgt een aangetekende brief.", "Opgemaakt op {{ today }}.")),
        new("CheckInInventory", "Plaatsbeschrijving bij intrede", "contract", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Plaatsbeschrijving bij intrede", "Woning: {{ contract.address }}, {{ unit.bedrooms }} slaapkamer(s).",
            "Bewoner: {{ resident.full_name }}, intrede op {{ contract.start_date }}.",
            new[] { new[] { "Ruimte", "Staat", "Opmerkingen" }, new[] { "Keuken", "", "" }, new[] { "Badkamer", "", "" }, new[] { "Slaapkamer", "", "" } },
            "Meterstanden: elektriciteit ______  gas ______  water ______",
            "Handtekening bewoner en beheerder op {{ today }}.")),
        new("GuidanceClause", "Begeleidingsclausule", "resident", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Begeleidingsclausule", "{{ resident.full_name }} wordt wekelijks begeleid door {{ resident.counsellor_name }}.",
            "De bewoner werkt mee aan de begeleiding en aan de tussentijdse gesprekken (na 3 weken, daarna elk kwartaal).",
            "Stopt de begeleiding, dan bespreken bewoner, begeleider en beheerder samen het verdere verblijf.", "Opgemaakt op {{ today }}.")),
        new("WelcomePack", "Welkomstpakket", "resident", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Welkom, {{ resident.first_name }}!", "Vanaf {{ resident.start_date }} woon je hier tot {{ resident.contract_end }}.",
            "Elke maand is er een Woonclub: samen koken en eten rond een thema.", "In het buurtappartement kan je wassen en drogen tijdens de vaste uren.",
            "Je begeleider: {{ resident.counsellor_name }} ({{ resident.counsellor_email }}).")),
        new("PrivacyStatement", "Privacyverklaring", "resident", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Privacyverklaring", "{{ organisation.name }} bewaart enkel de gegevens van {{ resident.full_name }} die nodig zijn voor het wonen en de begeleiding.",
            "Je kan je gegevens altijd opvragen. Na de bewaartermijn worden ze gewist of anoniem gemaakt.", "Gelezen op {{ today }}.")),
        new("ExtensionAddendum", "Addendum uitzonderlijke verlenging", "contract", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Addendum uitzonderlijke verlenging", Parties,
            "De huurovereenkomst voor {{ contract.address }} wordt uitzonderlijk verlengd tot ______________.", "Opgemaakt op {{ today }}.")),
        new("RecommendationLetter", "Aanbeveling huurder", "resident", TemplateFormat.Html, () => Html(
            "<p>{{ organisation.name }}, {{ today }}</p><p>Aan wie het aanbelangt,</p>",
            "<p>{{ resident.full_name }} huurt sinds {{ resident.start_date }} een woning bij ons en betaalt stipt.",
            " We bevelen {{ resident.first_name }} graag aan als huurder.</p><p>{{ organisation.name }}</p>")),
        new("ConversationReport", "Gespreksverslag", "conversation", TemplateFormat.Docx, () => DocxBuilder.Build(
            "# Gespreksverslag", "{{ conversation.kind }} met {{ resident.full_name }} op {{ conversation.held_on }}.",
            "Aanwezig: {{ conversation.attendees }}", "Agenda: {{ conversation.agenda }}", "Verslag en afspraken: {{ conversation.notes }}",
            "Opgemaakt op {{ today }}.")),
        new("ArrearsLetter", "Herinnering achterstallige huur", "charge", TemplateFormat.Html, () => Html(
            "<p>{{ organisation.name }}, {{ today }}</p><p>Beste {{ resident.first_name }},</p>",
            "<p>We ontvingen de bezettingsvergoeding van {{ charge.month }} ({{ charge.total }}) nog niet.",
            " Neem contact op met ons of met je begeleider om samen een oplossing te zoeken.</p><p>{{ organisation.name }}</p>")),
    ];

    private static byte[] Html(params string[] parts) =>
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"></head><body>" + string.Concat(parts) + "</body></html>");
}
