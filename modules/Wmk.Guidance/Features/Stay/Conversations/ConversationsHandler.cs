using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Onboarding;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;

namespace Wmk.Guidance.Features.Stay.Conversations;

/// <summary>A resident's conversations: the planning, recording a held one (which plans the next) and the goals' progress.</summary>
internal sealed class ConversationsHandler(
    GuidanceDbContext db, ResidentAccess access, StayNames names, ICurrentUser user, ISettingProvider settings, TimeProvider clock,
    IStringLocalizer<GuidanceResource> texts, IOccupancy occupancy)
{
    public async Task<ConversationsView> GetAsync(Guid residentId, CancellationToken ct)
    {
        await access.OpenAsync(residentId, "conversations", ct);
        return await ViewAsync(residentId, ct);
    }

    /// <summary>The view of a resident already opened through <see cref="ResidentAccess"/>.</summary>
    public async Task<ConversationsView> ViewAsync(Guid residentId, CancellationToken ct)
    {
        var rows = await db.Conversations.AsNoTracking().Where(c => c.ResidentId == residentId).ToListAsync(ct);
        var onboarding = await db.OnboardingItems.AsNoTracking().Where(i => i.ResidentId == residentId)
            .Select(i => new { i.Kind, i.DoneOn }).ToListAsync(ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.ResidentId == residentId).OrderBy(g => g.SetOn).ToListAsync(ct);
        var goalIds = goals.Select(g => g.Id).ToList();
        var progress = (await db.GoalProgress.AsNoTracking().Where(p => goalIds.Contains(p.GoalId)).ToListAsync(ct)).ToLookup(p => p.GoalId);
        var who = await names.OfAsync(rows.Select(c => c.RecordedByAccountId), ct);
        var held = rows.ToDictionary(c => c.Id, c => c.HeldOn);
        var lastHeld = rows.Max(c => c.HeldOn);
        var flag = (await occupancy.KeyFlagsAsync([residentId], ct)).FirstOrDefault(f => lastHeld is null || f.FlaggedOn > lastHeld);
        ConversationView View(Conversation c)
        {
            var missing = c.Kind == ConversationKind.FirstInterim
                ? OnboardingPlan.MissingOn(onboarding.Select(i => (i.Kind, i.DoneOn)), c.HeldOn ?? DateOnly.MaxValue)
                : [];
            return new(c.Id, c.Kind, c.PlannedOn, c.HeldOn, c.Agenda, c.Attendees, c.Notes,
                c.RecordedByAccountId is { } by ? who.GetValueOrDefault(by) : null, missing);
        }

        return new ConversationsView(
            [.. rows.Where(c => c.HeldOn is null).OrderBy(c => c.PlannedOn).Select(View)],
            [.. rows.Where(c => c.HeldOn is not null).OrderByDescending(c => c.HeldOn).Select(View)],
            [.. goals.Select(g => new GoalView(g.Id, g.Text, g.Status, g.SetOn,
                [.. progress[g.Id].Select(p => new ProgressView(p.ConversationId, held.GetValueOrDefault(p.ConversationId), p.Text)).OrderBy(p => p.HeldOn)]))],
            flag);
    }

    public async Task<ConversationsView> RecordAsync(Guid residentId, RecordConversationInput input, CancellationToken ct)
    {
        var (resident, _) = await access.OpenActiveAsync(residentId, "conversations", ct);
        var months = await settings.GetIntAsync(GuidanceSettings.ConversationIntervalMonths, ct);
        var errors = ConversationRules.CheckHeld(input.HeldOn, clock.Today(), resident.StartedOn, input.Agenda, input.NextOn,
            ConversationRules.LatestNext(input.HeldOn, months));
        var progress = input.Progress ?? [];
        var goalIds = progress.Select(p => p.GoalId).ToList();
        var goals = await db.Goals.Where(g => g.ResidentId == resident.Id && goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        if (goals.Count != goalIds.Distinct().Count() || goalIds.Count != goalIds.Distinct().Count())
        {
            errors.Add(new("Stay:Goal:Unknown"));
        }

        if (progress.Any(p => Text.Clean(p.Text) is not { Length: <= 2000 }))
        {
            errors.Add(new("Stay:Goal:ProgressRequired"));
        }

        errors.ThrowIfAny(texts);
        var conversation = await HeldAsync(resident, input.Extra, ct);
        (conversation.HeldOn, conversation.Agenda, conversation.Attendees, conversation.Notes, conversation.RecordedByAccountId) =
            (input.HeldOn, Text.Clean(input.Agenda), Text.Clean(input.Attendees), Text.Clean(input.Notes), user.Id);
        if (!input.Extra && ConversationRules.NextPlanned(input.HeldOn, months, input.NextOn, resident.ContractEnd) is { } next)
        {
            db.Conversations.Add(new Conversation
            {
                ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId, Kind = ConversationKind.Interim, PlannedOn = next,
            });
        }

        foreach (var p in progress)
        {
            db.GoalProgress.Add(new GoalProgress
            {
                GoalId = p.GoalId, ConversationId = conversation.Id, CounsellorAccountId = resident.CounsellorAccountId, Text = Text.Clean(p.Text)!,
            });
            goals[p.GoalId].Status = p.Status ?? goals[p.GoalId].Status;
        }

        await db.SaveChangesAsync(ct);
        return await ViewAsync(resident.Id, ct);
    }

    /// <summary>The record a held conversation goes into: the planned regular one, or a new one.</summary>
    private async Task<Conversation> HeldAsync(Resident resident, bool extra, CancellationToken ct)
    {
        var planned = extra
            ? null
            : await db.Conversations.Where(c => c.ResidentId == resident.Id && c.HeldOn == null && c.Kind != ConversationKind.Extra)
                .OrderBy(c => c.PlannedOn).FirstOrDefaultAsync(ct);
        if (planned is not null)
        {
            return planned;
        }

        var created = new Conversation
        {
            ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId,
            Kind = extra ? ConversationKind.Extra : ConversationKind.Interim,
        };
        db.Conversations.Add(created);
        return created;
    }
}
