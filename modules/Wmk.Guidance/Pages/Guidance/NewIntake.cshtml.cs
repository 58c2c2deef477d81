using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Checklists;
using Wmk.Guidance.Features.Intake.Conversations;
using Wmk.Guidance.Features.Intake.Staff;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>The form of a get-to-know or intake conversation; the staff members are given by e-mail.</summary>
[Permission(GuidancePermissions.ManageIntake)]
internal sealed class NewIntakeModel(
    IntakeHandler intake, ChecklistsHandler checklists, StaffDirectory staff, IPermissionChecker permissions, ICurrentUser user,
    IMemberDirectory members, TimeProvider clock, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public IntakeView Intake { get; private set; } = null!;

    public IReadOnlyList<ChecklistItemView> Items { get; private set; } = [];

    public bool MayOverride { get; private set; }

    [BindProperty]
    public IntakeForm Form { get; set; } = new();

    public async Task OnGetAsync(Guid id, IntakeKind kind, CancellationToken ct)
    {
        Form.Kind = Enum.IsDefined(kind) ? kind : IntakeKind.GetToKnow;
        Form.HeldOn = clock.Today();
        Form.FirstStaffEmail = user.Id is { } me ? (await members.FindByIdsAsync([me], ct)).FirstOrDefault()?.Email : null;
        await LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(
            async () => await intake.RecordAsync(id, new IntakeInput(
                Form.Kind, Form.HeldOn, await staff.ByEmailAsync(Form.FirstStaffEmail, ct), await staff.ByEmailAsync(Form.SecondStaffEmail, ct),
                Form.Notes, [.. Form.Answers.Select(a => new AnswerInput(a.ItemId, a.Colour ?? default, a.Remark))], Form.Outcome ?? default,
                Form.NextStep, Form.Reason, Form.OverrideReason), ct),
            () => LoadAsync(id, ct),
            () => Redirect($"/guidance/candidates/{id}/intake"));

    public IntakeForm.Answer AnswerTo(Guid itemId) => Form.Answers.FirstOrDefault(a => a.ItemId == itemId) ?? new() { ItemId = itemId };

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Intake = await intake.GetAsync(id, ct);
        Items = await checklists.ActiveAsync(IntakeRules.ChecklistOf(Form.Kind), ct);
        MayOverride = await permissions.IsGrantedAsync(GuidancePermissions.OverrideIntake, ct);
    }
}

/// <summary>The posted fields of the conversation form (kept to show them again with the messages).</summary>
internal sealed class IntakeForm
{
    public IntakeKind Kind { get; set; }

    public DateOnly HeldOn { get; set; }

    public string? FirstStaffEmail { get; set; }

    public string? SecondStaffEmail { get; set; }

    public string? Notes { get; set; }

    public List<Answer> Answers { get; set; } = [];

    public IntakeOutcome? Outcome { get; set; }

    public string? NextStep { get; set; }

    public string? Reason { get; set; }

    public string? OverrideReason { get; set; }

    internal sealed class Answer
    {
        public Guid ItemId { get; set; }

        public AnswerColour? Colour { get; set; }

        public string? Remark { get; set; }
    }
}
