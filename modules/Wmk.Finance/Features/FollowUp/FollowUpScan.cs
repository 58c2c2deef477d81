using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Ledger;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>What one scan did.</summary>
internal sealed record FollowUpScanResult(DateOnly Day, int Messages, int Reminders, int Opened, int Closed);

/// <summary>
/// The daily follow-up scan of a tenant: closes the cases whose overdue amount is paid and, from the message day on, takes
/// the automatic step (<see cref="FollowUpRules.AutomaticStep"/>) for every resident with a rent item due before the
/// message day still open: a case is opened when needed, the step is recorded and its e-mail queued; the day's steps of
/// a tenant are written in one transaction, or one transaction per step when a parallel run got in first. The unique keys (one open case per resident, one automatic step per kind and month) make a second or parallel run
/// double nothing; a paused case gets no automatic step.
/// </summary>
internal sealed class FollowUpScan(
    FinanceDbContext db, KernelDbContext kernel, LedgerQuery ledger, IResidents residents, FollowUpMails mails, ISettingProvider settings,
    TimeProvider clock, ILogger<FollowUpScan> logger)
{
    public async Task<FollowUpScanResult> RunAsync(DateOnly today, string organisation, CancellationToken ct)
    {
        var closed = await CloseSettledAsync(today, ct);
        var messageDay = await settings.GetIntAsync(FinanceSettings.FollowUpMessageDay, ct);
        var reminderDay = await settings.GetIntAsync(FinanceSettings.FollowUpReminderDay, ct);
        if (today < FollowUpRules.DayIn(today, messageDay))
        {
            return new FollowUpScanResult(today, 0, 0, 0, closed);
        }

        var lateBefore = FollowUpRules.LateBefore(today, messageDay);
        var late = (await ledger.OpenItemsAsync(today, null, ct))
            .Where(i => i.Item.Kind == LedgerKind.Rent && i.Item.Due < lateBefore)
            .GroupBy(i => i.ResidentId)
            .ToDictionary(g => g.Key, g => g.ToList());
        if (late.Count == 0)
        {
            return new FollowUpScanResult(today, 0, 0, 0, closed);
        }

        var ids = late.Keys.ToList();
        var keys = new[] { ArrearsStepKind.Message, ArrearsStepKind.Reminder }.Select(k => FollowUpRules.MonthKey(k, today)).ToList();
        var done = (await db.ArrearsSteps.AsNoTracking().Where(s => ids.Contains(s.ResidentId) && keys.Contains(s.MonthKey!))
            .Select(s => new { s.ResidentId, s.Kind }).ToListAsync(ct)).ToLookup(s => s.ResidentId, s => s.Kind);
        // The open cases of these residents, read once: paused ones get no automatic step, the others take today's step.
        var open = await db.ArrearsCases.Where(c => c.OpenSlot == 1 && ids.Contains(c.ResidentId)).ToDictionaryAsync(c => c.ResidentId, ct);
        var paused = open.Values.Where(c => c.PausedOn != null).Select(c => c.ResidentId).ToHashSet();
        var steps = ids.Where(id => !paused.Contains(id))
            .Select(id => (Id: id, Kind: FollowUpRules.AutomaticStep(today, messageDay, reminderDay, [.. done[id]])))
            .Where(s => s.Kind is not null)
            .ToList();
        if (steps.Count == 0)
        {
            return new FollowUpScanResult(today, 0, 0, 0, closed);
        }

        var people = (await residents.ListAsync(new ResidentQuery(Ids: [.. steps.Select(s => s.Id)]), ct)).ToDictionary(r => r.ResidentId);
        var dueDay = await settings.GetIntAsync(FinanceSettings.DueDay, ct);
        List<Step> work =
        [
            .. steps.Select(s =>
            {
                var items = late[s.Id];
                var facts = new StepFacts(items.Sum(i => i.Item.Open), items.Min(i => i.Item.Due), today, dueDay, organisation);
                return new Step(s.Id, s.Kind!.Value, items[0], people.GetValueOrDefault(s.Id), facts);
            }),
        ];
        var outcomes = await AllStepsAsync(work, open, ct);
        if (outcomes is null)
        {
            outcomes = [];
            foreach (var step in work)
            {
                outcomes.Add(await StepAsync(step, ct));
            }
        }

        int messages = 0, reminders = 0, opened = 0;
        foreach (var (step, outcome) in work.Zip(outcomes))
        {
            opened += outcome is StepOutcome.TakenInNewCase ? 1 : 0;
            if (outcome is not StepOutcome.AlreadyDone)
            {
                messages += step.Kind == ArrearsStepKind.Message ? 1 : 0;
                reminders += step.Kind == ArrearsStepKind.Reminder ? 1 : 0;
            }
        }

        return new FollowUpScanResult(today, messages, reminders, opened, closed);
    }

    /// <summary>
    /// The day's steps of the tenant in one transaction (the open cases read before, one save, one commit); null, with
    /// nothing kept, when a parallel run took one of them first or changed a case (its concurrency stamp): the caller then
    /// takes them one by one.
    /// </summary>
    private async Task<List<StepOutcome>?> AllStepsAsync(List<Step> work, Dictionary<Guid, ArrearsCase> cases, CancellationToken ct)
    {
        await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
        try
        {
            var outcomes = new List<StepOutcome>();
            foreach (var step in work)
            {
                outcomes.Add(await TakeAsync(step, cases.GetValueOrDefault(step.ResidentId), ct));
            }

            await db.SaveChangesAsync(ct);
            await kernel.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return outcomes;
        }
        catch (DbUpdateException ex)
        {
            logger.LogInformation("Follow-up steps of the day met another run ({Error}); taking them one by one", ex.GetType().Name);
            db.ChangeTracker.Clear();
            kernel.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>Closes the open cases whose resident has nothing overdue any more (a "Closed" step records it).</summary>
    private async Task<int> CloseSettledAsync(DateOnly today, CancellationToken ct)
    {
        var open = await db.ArrearsCases.Where(c => c.OpenSlot == 1).ToListAsync(ct);
        if (open.Count == 0)
        {
            return 0;
        }

        var overdue = (await ledger.BalancesAsync(today, [.. open.Select(c => c.ResidentId)], ct)).ToDictionary(b => b.ResidentId, b => b.Overdue);
        var settled = open.Where(c => overdue.GetValueOrDefault(c.ResidentId) <= 0m).ToList();
        foreach (var c in settled)
        {
            c.ClosedOn = today;
            c.OpenSlot = null;
            c.PausedOn = null;
            db.ArrearsSteps.Add(new ArrearsStep { CaseId = c.Id, ResidentId = c.ResidentId, Kind = ArrearsStepKind.Closed, On = today, RecordedAt = clock.GetUtcNow() });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel run closed (or changed) them first: it recorded the closing.
            db.ChangeTracker.Clear();
            return 0;
        }

        db.ChangeTracker.Clear();
        return settled.Count;
    }

    private async Task<StepOutcome> StepAsync(Step step, CancellationToken ct)
    {
        await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
        try
        {
            var arrears = await db.ArrearsCases.SingleOrDefaultAsync(c => c.ResidentId == step.ResidentId && c.OpenSlot == 1, ct);
            var outcome = await TakeAsync(step, arrears, ct);
            await db.SaveChangesAsync(ct);
            await kernel.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return outcome;
        }
        catch (DbUpdateException ex)
        {
            // Another run took the same step (or opened the case) first: nothing of this attempt is kept.
            logger.LogInformation("Follow-up step {Kind} for resident {ResidentId} was taken by another run: {Error}", step.Kind, step.ResidentId, ex.GetType().Name);
            db.ChangeTracker.Clear();
            kernel.ChangeTracker.Clear();
            return StepOutcome.AlreadyDone;
        }
    }

    /// <summary>Records the step (in the open case, or a new one) and queues its e-mail; the caller saves and commits.</summary>
    private async Task<StepOutcome> TakeAsync(Step step, ArrearsCase? arrears, CancellationToken ct)
    {
        var isNew = arrears is null;
        arrears ??= db.ArrearsCases.Add(new ArrearsCase
        {
            ResidentId = step.ResidentId, ContractId = step.Item.ContractId, ResidentName = step.Item.ResidentName, OpenedOn = step.Facts.Today,
        }).Entity;
        arrears.LastStep = step.Kind;
        db.ArrearsSteps.Add(new ArrearsStep
        {
            CaseId = arrears.Id, ResidentId = step.ResidentId, Kind = step.Kind, On = step.Facts.Today, RecordedAt = clock.GetUtcNow(),
            MonthKey = FollowUpRules.MonthKey(step.Kind, step.Facts.Today),
            EmailedTo = step.Person is null ? null : await mails.SendAsync(step.Kind, step.Person, step.Facts, ct),
        });
        return isNew ? StepOutcome.TakenInNewCase : StepOutcome.Taken;
    }

    private sealed record Step(Guid ResidentId, ArrearsStepKind Kind, ResidentOpenItem Item, ResidentInfo? Person, StepFacts Facts);

    private enum StepOutcome
    {
        Taken,
        TakenInNewCase,
        AlreadyDone,
    }
}
