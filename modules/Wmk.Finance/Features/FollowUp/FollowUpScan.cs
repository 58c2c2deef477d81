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
/// message day still open: a case is opened when needed, the step is recorded and its e-mail queued in one transaction.
/// The unique keys (one open case per resident, one automatic step per kind and month) make a second or parallel run
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
        var paused = (await db.ArrearsCases.AsNoTracking().Where(c => c.OpenSlot == 1 && c.PausedOn != null && ids.Contains(c.ResidentId))
            .Select(c => c.ResidentId).ToListAsync(ct)).ToHashSet();
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
        int messages = 0, reminders = 0, opened = 0;
        foreach (var (id, kind) in steps)
        {
            var items = late[id];
            var facts = new StepFacts(items.Sum(i => i.Item.Open), items.Min(i => i.Item.Due), today, dueDay, organisation);
            var outcome = await StepAsync(id, kind!.Value, items[0], people.GetValueOrDefault(id), facts, ct);
            opened += outcome is StepOutcome.TakenInNewCase ? 1 : 0;
            if (outcome is not StepOutcome.AlreadyDone)
            {
                messages += kind == ArrearsStepKind.Message ? 1 : 0;
                reminders += kind == ArrearsStepKind.Reminder ? 1 : 0;
            }
        }

        return new FollowUpScanResult(today, messages, reminders, opened, closed);
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

    private async Task<StepOutcome> StepAsync(Guid residentId, ArrearsStepKind kind, ResidentOpenItem item, ResidentInfo? person, StepFacts facts, CancellationToken ct)
    {
        await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
        try
        {
            var arrears = await db.ArrearsCases.SingleOrDefaultAsync(c => c.ResidentId == residentId && c.OpenSlot == 1, ct);
            var isNew = arrears is null;
            arrears ??= db.ArrearsCases.Add(new ArrearsCase
            {
                ResidentId = residentId, ContractId = item.ContractId, ResidentName = item.ResidentName, OpenedOn = facts.Today,
            }).Entity;
            arrears.LastStep = kind;
            db.ArrearsSteps.Add(new ArrearsStep
            {
                CaseId = arrears.Id, ResidentId = residentId, Kind = kind, On = facts.Today, RecordedAt = clock.GetUtcNow(),
                MonthKey = FollowUpRules.MonthKey(kind, facts.Today),
                EmailedTo = person is null ? null : await mails.SendAsync(kind, person, facts, ct),
            });
            await db.SaveChangesAsync(ct);
            await kernel.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return isNew ? StepOutcome.TakenInNewCase : StepOutcome.Taken;
        }
        catch (DbUpdateException ex)
        {
            // Another run took the same step (or opened the case) first: nothing of this attempt is kept.
            logger.LogInformation("Follow-up step {Kind} for resident {ResidentId} was taken by another run: {Error}", kind, residentId, ex.GetType().Name);
            db.ChangeTracker.Clear();
            kernel.ChangeTracker.Clear();
            return StepOutcome.AlreadyDone;
        }
    }

    private enum StepOutcome
    {
        Taken,
        TakenInNewCase,
        AlreadyDone,
    }
}
