using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Ending.Notices;

/// <summary>The registered letter of a termination notice went to the post on a day, with its tracking number.</summary>
internal sealed record LetterInput(DateOnly? SentOn, string? TrackingNumber);

internal sealed record NoticeView(
    Guid Id, Guid ResidentId, NoticeKind Kind, DateOnly ContractEnd, DateOnly DueOn, DateOnly CreatedOn, string? EmailedTo,
    bool NeedsLetter, DateOnly? LetterSentOn, string? TrackingNumber)
{
    public static NoticeView Of(Notice n) =>
        new(n.Id, n.ResidentId, n.Kind, n.ContractEnd, n.DueOn, n.CreatedOn, n.EmailedTo, n.NeedsLetter, n.LetterSentOn, n.TrackingNumber);
}
