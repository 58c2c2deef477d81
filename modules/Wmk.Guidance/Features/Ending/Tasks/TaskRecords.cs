namespace Wmk.Guidance.Features.Ending.Tasks;

/// <summary>An open task of the week: what, about whom, when, and where to do it.</summary>
internal sealed record TaskView(
    Guid Id, string Kind, string Text, DateOnly DueOn, bool Overdue, string Person, Guid CandidateId, Guid? ResidentId, string Link);

/// <summary>The week's to-do list (Monday to Sunday, Brussels), overdue first.</summary>
internal sealed record TaskList(DateOnly Today, DateOnly WeekEnd, IReadOnlyList<TaskView> Tasks);
