using System.Net;
using System.Net.Http.Json;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Checklists;
using Wmk.Host.Tests.Admin;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Intake;

public sealed class IntakePagesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_fill_in_the_intake_form_a_red_shows_the_message_on_the_page_and_a_green_one_is_saved(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var staff = await s.SignInAsync(s.Ann);
        var items = await s.ItemsAsync(ChecklistKind.Intake);
        var page = $"/guidance/candidates/{s.Candidate}/intake/new?kind=Intake";
        var form = WebUtility.HtmlDecode(await staff.GetStringAsync(page));
        form.ShouldContain(items[0].Text);
        form.ShouldContain(s.Ann.Email);
        form.ShouldNotContain("Reden om rood te overrulen");

        var red = await staff.PostPairsAsync(page, page, Fields(s, items, AnswerColour.Red));
        var html = WebUtility.HtmlDecode(await red.Content.ReadAsStringAsync());
        red.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain($"Eén rode score blokkeert de opname. Rood staat bij: {items[0].Text}.");
        html.ShouldContain("Dit is rood");
        (await s.ConversationsAsync()).ShouldBe(0);

        var green = await staff.PostPairsAsync(page, page, Fields(s, items, AnswerColour.Green));
        green.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        green.Headers.Location!.OriginalString.ShouldBe($"/guidance/candidates/{s.Candidate}/intake");
        var intake = WebUtility.HtmlDecode(await staff.GetStringAsync(green.Headers.Location.OriginalString));
        intake.ShouldContain("Intakegesprek – 25/11/2026");
        intake.ShouldContain("opgenomen");
        intake.ShouldContain("Ann Medewerker, Bert Medewerker");
        (await s.CandidateAsync()).Status.ShouldBe(CandidateStatus.Accepted);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_coordinator_adds_rewords_deactivates_and_moves_checklist_items_on_the_page(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        const string page = "/guidance/checklists";
        var before = await s.ItemsAsync(ChecklistKind.Intake);

        (await s.Coordinator.PostPairsAsync(page, page + "?handler=Add&kind=Intake", ("text", "Heeft een bankrekening"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await s.Coordinator.PostPairsAsync(page, $"{page}?handler=Update&id={before[0].Id}", ("text", "Motivatie (herschreven)"), ("active", "true")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await s.Coordinator.PostPairsAsync(page, $"{page}?handler=Update&id={before[1].Id}", ("text", before[1].Text))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await s.Coordinator.PostPairsAsync(page, $"{page}?handler=Move&id={before[2].Id}&step=-1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await s.Coordinator.PostPairsAsync(page, page + "?handler=Add&kind=Intake", ("text", " "));

        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Vul de tekst van het item in.");
        var intake = (await s.Coordinator.GetFromJsonAsync<List<ChecklistView>>("/api/v1/guidance/checklists"))!.Single(l => l.Kind == ChecklistKind.Intake).Items;
        intake.Select(i => i.Id).Take(3).ShouldBe([before[0].Id, before[2].Id, before[1].Id]);
        intake[0].Text.ShouldBe("Motivatie (herschreven)");
        intake.Single(i => i.Id == before[1].Id).Active.ShouldBeFalse();
        intake[^1].Text.ShouldBe("Heeft een bankrekening");
        (await (await s.SignInAsync(s.Ann)).GetAsync(page)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private static (string, string)[] Fields(IntakeScene s, IReadOnlyList<ChecklistItemView> items, AnswerColour first) =>
    [
        ("Form.Kind", "Intake"), ("Form.HeldOn", "2026-11-25"), ("Form.FirstStaffEmail", s.Ann.Email), ("Form.SecondStaffEmail", s.Bert.Email),
        ("Form.Outcome", "Accepted"), ("Form.NextStep", "Opstart voorbereiden"),
        .. items.SelectMany((item, n) => new[]
        {
            ($"Form.Answers[{n}].ItemId", item.Id.ToString()), ($"Form.Answers[{n}].Colour", (n == 0 ? first : AnswerColour.Green).ToString()),
            ($"Form.Answers[{n}].Remark", n == 0 && first == AnswerColour.Red ? "Dit is rood" : string.Empty),
        }),
    ];
}
