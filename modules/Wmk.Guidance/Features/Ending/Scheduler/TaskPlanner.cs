using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Ending.Scheduler;

/// <summary>
/// Turns the work every area reports due up to the end of next week into tasks (one per kind, subject and due day),
/// reopens a task whose work is reported again and closes the open tasks whose work is no longer reported.
/// </summary>
internal sealed class TaskPlanner(GuidanceDbContext db, IEnumerable<IDueWorkSource> sources)
{
    /// <summary>
    /// Plans the tasks; when an overlapping run (another host, or a manual run beside the scheduled one) saved the same
    /// task first, the unique key refuses this save and the planning is done once more over what that run left.
    /// </summary>
    public async Task<(int Created, int Closed)> RunAsync(DateOnly today, CancellationToken ct)
    {
        try
        {
            return await PlanAsync(today, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await PlanAsync(today, ct);
        }
    }

    private async Task<(int Created, int Closed)> PlanAsync(DateOnly today, CancellationToken ct)
    {
        var until = WeekRules.EndOfNextWeek(today);
        var reported = new Dictionary<(string, Guid, DateOnly), DueWork>();
        foreach (var source in sources)
        {
            foreach (var work in await source.DueAsync(until, ct))
            {
                reported.TryAdd((work.Kind, work.SubjectId, work.DueOn), work);
            }
        }

        var subjects = reported.Values.Select(w => w.SubjectId).Distinct().ToList();
        var known = await db.Tasks.Where(t => t.ClosedOn == null || subjects.Contains(t.SubjectId)).ToListAsync(ct);
        var byKey = known.ToDictionary(t => (t.Kind, t.SubjectId, t.DueOn));
        var created = 0;
        foreach (var (key, work) in reported)
        {
            if (byKey.TryGetValue(key, out var task))
            {
                task.ClosedOn = null;
                task.CounsellorAccountId = work.CounsellorAccountId;
                continue;
            }

            db.Tasks.Add(new GuidanceTask
            {
                Kind = work.Kind, SubjectId = work.SubjectId, CandidateId = work.CandidateId, ResidentId = work.ResidentId,
                CounsellorAccountId = work.CounsellorAccountId, DueOn = work.DueOn, CreatedOn = today,
            });
            created++;
        }

        var gone = known.Where(t => t.ClosedOn is null && !reported.ContainsKey((t.Kind, t.SubjectId, t.DueOn))).ToList();
        gone.ForEach(t => t.ClosedOn = today);
        await db.SaveChangesAsync(ct);
        return (created, gone.Count);
    }
}
