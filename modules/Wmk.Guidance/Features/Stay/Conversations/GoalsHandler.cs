using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Stay.Conversations;

/// <summary>The goals of a resident's guidance clause: add one, set its status (open, achieved, dropped).</summary>
internal sealed class GoalsHandler(GuidanceDbContext db, ResidentAccess access, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<GoalView> AddAsync(Guid residentId, GoalInput input, CancellationToken ct)
    {
        var (resident, _) = await access.OpenActiveAsync(residentId, "goals", ct);
        var text = Text.Clean(input.Text);
        if (text is not { Length: <= 500 })
        {
            new List<RuleError> { new("Stay:Goal:TextRequired") }.ThrowIfAny(texts);
        }

        var goal = new Goal { ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId, Text = text!, SetOn = clock.Today() };
        db.Goals.Add(goal);
        await db.SaveChangesAsync(ct);
        return new GoalView(goal.Id, goal.Text, goal.Status, goal.SetOn, []);
    }

    public async Task<GoalView> SetStatusAsync(Guid residentId, Guid goalId, GoalStatusInput input, CancellationToken ct)
    {
        var (resident, _) = await access.OpenActiveAsync(residentId, "goals", ct);
        var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == goalId && g.ResidentId == resident.Id, ct)
            ?? throw new NotFoundException(typeof(GuidanceResource), "Stay:Goal:NotFound");
        if (!Enum.IsDefined(input.Status))
        {
            new List<RuleError> { new("Stay:Goal:StatusUnknown") }.ThrowIfAny(texts);
        }

        goal.Status = input.Status;
        await db.SaveChangesAsync(ct);
        return new GoalView(goal.Id, goal.Text, goal.Status, goal.SetOn, []);
    }
}
