using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Start;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ManageResidents)]
internal sealed class StartResidentModel(StartHandler start, TimeProvider clock, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public Candidate Candidate { get; private set; } = null!;

    public IReadOnlyList<PlaceOption> Places { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    public DateOnly Day => On ?? Max(Candidate.ExpectedStartOn, clock.Today());

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, string? place, Guid? caseWorker, string? caseWorkerEmail, DateOnly? contractEnd, CancellationToken ct)
    {
        // The places are read before the start: after a refused housing rule the contexts are no longer to be used.
        await LoadAsync(id, ct);
        var (unit, number) = ParsePlace(place);
        return await RunAsync(
            async () => Started = await start.StartAsync(new StartResidentInput(id, unit, number, Day, caseWorker, caseWorkerEmail, contractEnd), ct),
            () => Task.CompletedTask,
            () => Redirect($"/guidance/residents/{Started!.Id}"));
    }

    private StartedResident? Started { get; set; }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static (Guid Unit, int Place) ParsePlace(string? value) =>
        value?.Split(':') is [var u, var p] && Guid.TryParse(u, out var unit) && int.TryParse(p, out var number) ? (unit, number) : (Guid.Empty, 0);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Candidate = await start.CandidateAsync(id, ct);
        Places = await start.PlacesAsync(id, Day, ct);
    }
}
