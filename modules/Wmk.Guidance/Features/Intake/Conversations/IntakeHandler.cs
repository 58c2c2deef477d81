using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Staff;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Intake.Conversations;

/// <summary>Records get-to-know and intake conversations and shows them as the reader may see them.</summary>
internal sealed class IntakeHandler(
    GuidanceDbContext db, StaffDirectory staff, IPermissionChecker permissions, ICurrentUser user, IAuditLog audit, TimeProvider clock,
    IStringLocalizer<GuidanceResource> texts)
{
    public const string AuditType = "Intake";

    public async Task<IntakeView> GetAsync(Guid candidateId, CancellationToken ct)
    {
        var candidate = await CandidateAsync(candidateId, ct);
        var full = await FullAsync(ct);
        await audit.RecordAsync(AuditAction.Read, AuditType, candidateId, full ? "full" : "outcome", ct);
        return await BuildAsync(candidate, full, ct);
    }

    private async Task<IntakeView> BuildAsync(Candidate candidate, bool full, CancellationToken ct)
    {
        var candidateId = candidate.Id;
        var conversations = await db.IntakeConversations.AsNoTracking().Where(c => c.CandidateId == candidateId)
            .OrderBy(c => c.HeldOn).ThenBy(c => c.Kind).ToListAsync(ct);
        if (!full)
        {
            return View(candidate, false, [.. conversations.Select(c => Outcome(c))]);
        }

        var ids = conversations.Select(c => c.Id).ToList();
        var answers = await db.ChecklistAnswers.AsNoTracking().Where(a => ids.Contains(a.ConversationId)).OrderBy(a => a.Position).ToListAsync(ct);
        var names = await staff.NamesAsync(conversations.SelectMany(Accounts), ct);
        return View(candidate, true, [.. conversations.Select(c => Outcome(c) with
        {
            Staff = [names(c.FirstStaffAccountId), names(c.SecondStaffAccountId)],
            Notes = c.Notes,
            Answers = [.. answers.Where(a => a.ConversationId == c.Id).Select(a => new AnswerView(a.ItemText, a.Colour, a.Remark))],
            Override = c.OverriddenByAccountId is { } by ? new OverrideView(names(by), c.OverriddenAt!.Value, c.OverrideReason!) : null,
        })]);
    }

    public async Task<ConversationView> RecordAsync(Guid candidateId, IntakeInput input, CancellationToken ct)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, ct) ?? throw await NotFoundAsync(candidateId, ct);
        if (candidate.Status is not (CandidateStatus.Waiting or CandidateStatus.Invited))
        {
            throw new ConflictException(typeof(GuidanceResource), "Intake:NotOpen");
        }

        var kind = IntakeRules.ChecklistOf(input.Kind);
        var items = await db.ChecklistItems.AsNoTracking().Where(i => i.Kind == kind && i.Active).OrderBy(i => i.Position).ToListAsync(ct);
        var context = new IntakeContext(
            clock.Today(), candidate.ReferredOn, [.. items.Select(i => (i.Id, i.Text))],
            await staff.ActiveStaffAsync([input.FirstStaffAccountId, input.SecondStaffAccountId], ct),
            await EarlierRedsAsync(candidateId, input.Kind, ct), await permissions.IsGrantedAsync(GuidancePermissions.OverrideIntake, ct));
        var errors = IntakeRules.Check(input, context);
        if (errors.Count > 0)
        {
            await audit.RecordAsync(AuditAction.Create, AuditType, candidateId, "refused " + string.Join(' ', errors.Select(e => e.Key).Distinct()), ct);
            errors.ThrowIfAny(texts);
        }

        var conversation = Conversation(candidate, input, IntakeRules.Overrides(input, context));
        db.IntakeConversations.Add(conversation);
        db.ChecklistAnswers.AddRange(items.Select(i => Answer(conversation, i, input.Answers!.Single(a => a.ItemId == i.Id))));
        Decide(candidate, conversation);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, AuditType, candidateId,
            $"conversation={conversation.Id} outcome={conversation.Outcome} override={conversation.OverriddenByAccountId is not null}", ct);
        return (await BuildAsync(candidate, true, ct)).Conversations.Single(c => c.Id == conversation.Id);
    }

    /// <summary>Reds of the latest earlier conversation of the other checklist (this conversation answers its own anew).</summary>
    private async Task<IReadOnlyList<string>> EarlierRedsAsync(Guid candidateId, IntakeKind kind, CancellationToken ct)
    {
        var latest = await db.IntakeConversations.AsNoTracking().Where(c => c.CandidateId == candidateId && c.Kind != kind)
            .OrderByDescending(c => c.HeldOn).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return latest is null ? []
            : await db.ChecklistAnswers.AsNoTracking().Where(a => a.ConversationId == latest && a.Colour == AnswerColour.Red)
                .OrderBy(a => a.Position).Select(a => a.ItemText).ToListAsync(ct);
    }

    private IntakeConversation Conversation(Candidate candidate, IntakeInput input, bool overrides) => new()
    {
        CandidateId = candidate.Id, CounsellorAccountId = candidate.CounsellorAccountId, Kind = input.Kind, HeldOn = input.HeldOn,
        FirstStaffAccountId = input.FirstStaffAccountId!.Value, SecondStaffAccountId = input.SecondStaffAccountId!.Value,
        Notes = Text.Clean(input.Notes), Outcome = input.Outcome, NextStep = Text.Clean(input.NextStep)!,
        Reason = input.Outcome == IntakeOutcome.NotAccepted ? Text.Clean(input.Reason) : null,
        OverriddenByAccountId = overrides ? user.Id : null, OverriddenAt = overrides ? clock.GetUtcNow().UtcDateTime : null,
        OverrideReason = overrides ? Text.Clean(input.OverrideReason) : null, RecordedByAccountId = user.Id ?? Guid.Empty,
    };

    private static ChecklistAnswer Answer(IntakeConversation conversation, ChecklistItem item, AnswerInput answer) => new()
    {
        ConversationId = conversation.Id, CounsellorAccountId = conversation.CounsellorAccountId, ItemId = item.Id, Position = item.Position,
        ItemText = item.Text, Colour = answer.Colour, Remark = Text.Clean(answer.Remark),
    };

    private void Decide(Candidate candidate, IntakeConversation conversation)
    {
        if (conversation.Outcome == IntakeOutcome.AnotherConversation)
        {
            return;
        }

        candidate.Status = conversation.Outcome == IntakeOutcome.Accepted ? CandidateStatus.Accepted : CandidateStatus.NotAccepted;
        candidate.StatusReason = conversation.Reason;
        candidate.StatusChangedOn = clock.Today();
    }

    private async Task<bool> FullAsync(CancellationToken ct) =>
        !user.SeesOnlyOwnClients && await permissions.IsGrantedAsync(GuidancePermissions.ManageIntake, ct);

    private async Task<Candidate> CandidateAsync(Guid id, CancellationToken ct) =>
        await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw await NotFoundAsync(id, ct);

    /// <summary>An unknown, another tenant's or another counsellor's candidate: 404, and the attempt is audited.</summary>
    private async Task<NotFoundException> NotFoundAsync(Guid id, CancellationToken ct)
    {
        await audit.RecordAsync(AuditAction.Read, AuditType, id, "not-found", ct);
        return new NotFoundException(typeof(GuidanceResource), "Intake:CandidateNotFound");
    }

    private static IEnumerable<Guid> Accounts(IntakeConversation c) =>
        c.OverriddenByAccountId is { } by ? [c.FirstStaffAccountId, c.SecondStaffAccountId, by] : [c.FirstStaffAccountId, c.SecondStaffAccountId];

    private static ConversationView Outcome(IntakeConversation c) => new(c.Id, c.Kind, c.HeldOn, c.Outcome, c.NextStep, c.Reason, null, null, null, null);

    private static IntakeView View(Candidate c, bool full, IReadOnlyList<ConversationView> conversations) =>
        new(c.Id, c.FullName, c.Status, c.ReferredOn, full, conversations);
}
