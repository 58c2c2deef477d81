using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Features.Ending.Scheduler;
using Wmk.Kernel.Localization;

namespace Wmk.Guidance.Features.Ending.Tasks;

/// <summary>
/// "To do this week": open tasks due up to Sunday, overdue first. A partner counsellor sees only the tasks about their
/// own clients (tasks are counselled records).
/// </summary>
internal sealed class TasksHandler(GuidanceDbContext db, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<TaskList> ThisWeekAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var until = WeekRules.EndOfWeek(today);
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.ClosedOn == null && t.DueOn <= until)
            .Join(db.Candidates, t => t.CandidateId, c => c.Id, (t, c) => new { Task = t, c.FirstName, c.LastName })
            .OrderBy(r => r.Task.DueOn).ThenBy(r => r.Task.Kind).ThenBy(r => r.LastName)
            .Take(500)
            .ToListAsync(ct);
        return new TaskList(today, until, [.. rows.Select(r => new TaskView(
            r.Task.Id, r.Task.Kind, Text(r.Task.Kind), r.Task.DueOn, r.Task.DueOn < today, r.FirstName + " " + r.LastName,
            r.Task.CandidateId, r.Task.ResidentId, Link(r.Task.Kind, r.Task.CandidateId, r.Task.ResidentId)))]);
    }

    public static string Link(string kind, Guid candidateId, Guid? residentId) => (kind, residentId) switch
    {
        (EndingDueWork.Letter, { } id) => $"/guidance/residents/{id}/notices",
        (EndingDueWork.Exit, { } id) => $"/guidance/residents/{id}/exit",
        (_, { } id) => $"/guidance/residents/{id}",
        _ => $"/guidance/candidates/{candidateId}",
    };

    private string Text(string kind) => texts["Task:" + kind] is { ResourceNotFound: false } text ? text.Value : kind;
}
