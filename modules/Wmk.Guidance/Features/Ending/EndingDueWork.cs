using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Ending;

/// <summary>
/// The Ending area's open work: registered letters of termination notices not yet sent (due the day the notice was made) and
/// the exit of every active resident (due on the contract end).
/// </summary>
internal sealed class EndingDueWork(GuidanceDbContext db) : IDueWorkSource
{
    public const string Letter = "Notice.Letter";

    public const string Exit = "Exit";

    public async Task<IReadOnlyList<DueWork>> DueAsync(DateOnly until, CancellationToken cancellationToken)
    {
        var letters = await db.Notices.AsNoTracking()
            .Where(n => n.Kind == NoticeKind.Termination && n.LetterSentOn == null && n.CreatedOn <= until)
            .Join(db.Residents.Where(r => r.Status == ResidentStatus.Active), n => n.ResidentId, r => r.Id, (n, r) => n)
            .Select(n => new DueWork(Letter, n.Id, n.CandidateId, n.ResidentId, n.CounsellorAccountId, n.CreatedOn))
            .ToListAsync(cancellationToken);
        var exits = await db.Residents.AsNoTracking()
            .Where(r => r.Status == ResidentStatus.Active && r.ContractEnd <= until)
            .Select(r => new DueWork(Exit, r.Id, r.CandidateId, r.Id, r.CounsellorAccountId, r.ContractEnd))
            .ToListAsync(cancellationToken);
        return [.. letters, .. exits];
    }
}
