using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Duos;

/// <summary>A volunteer's own proposals and duos in their list.</summary>
internal sealed record MyDuoRow(Guid Id, string FirstName, string State, DateOnly? AnswerBy, Guid? ProposalId);

/// <summary>
/// The volunteer's side: only their own duos and open proposals, with the resident's first name, e-mail and the tasks.
/// Any other traject (someone else's, or a lapsed proposal) is a 404, as if it did not exist.
/// </summary>
internal sealed class MyDuosHandler(
    VolunteersDbContext db, ICurrentUser user, IMemberDirectory members, IResidents residents, DuoLog log, TimeProvider clock,
    IStringLocalizer<VolunteersResource> texts)
{
    public async Task<IReadOnlyList<MyDuoRow>> ListAsync(CancellationToken ct)
    {
        if (await FindMeAsync(ct) is not { } me)
        {
            return [];
        }

        var today = clock.Today();
        var duos = await db.Trajects.AsNoTracking().Where(t => t.VolunteerId == me.Id).ToListAsync(ct);
        var open = (await db.Proposals.AsNoTracking().Where(p => p.VolunteerId == me.Id && p.Answer == ProposalAnswer.Pending).ToListAsync(ct))
            .Where(p => DuoRules.StateOf(p.Answer, p.AnswerBy, today) == ProposalState.Pending).ToList();
        var openIds = open.Select(p => p.TrajectId).ToList();
        var proposed = await db.Trajects.AsNoTracking().Where(t => openIds.Contains(t.Id)).ToListAsync(ct);
        var names = (await residents.ListAsync(new ResidentQuery([.. duos.Concat(proposed).Select(t => t.ResidentId).Distinct()]), ct))
            .ToDictionary(r => r.ResidentId, r => r.FirstName);
        return
        [
            .. open.Join(proposed, p => p.TrajectId, t => t.Id, (p, t) => new MyDuoRow(
                t.Id, names.GetValueOrDefault(t.ResidentId, "?"), nameof(ProposalState.Pending), p.AnswerBy, p.Id)),
            .. duos.OrderBy(t => t.Status).ThenByDescending(t => t.StartedOn)
                .Select(t => new MyDuoRow(t.Id, names.GetValueOrDefault(t.ResidentId, "?"), t.Status.ToString(), null, null)),
        ];
    }

    public async Task<DuoView> GetAsync(Guid id, CancellationToken ct)
    {
        var (traject, proposal) = await FindAsync(id, await MeAsync(ct), ct);
        var resident = (await residents.ListAsync(new ResidentQuery([traject.ResidentId]), ct)).SingleOrDefault();
        var (tasks, contacts, hours) = await log.ReadAsync(id, ct);
        var mine = traject.VolunteerId is not null && proposal is null;
        return new DuoView(
            traject.Id, resident?.FirstName ?? "?", mine ? resident?.Email : null, proposal is null ? traject.Status.ToString() : nameof(ProposalState.Pending),
            traject.StartedOn, traject.EndedOn, proposal?.Id, proposal?.AnswerBy, tasks, mine ? contacts : [], mine ? hours : 0);
    }

    /// <summary>Accepts (the duo starts today) or declines an open proposal; an answer after the window is refused.</summary>
    public async Task AnswerAsync(Guid proposalId, AnswerInput input, CancellationToken ct)
    {
        var me = await MeAsync(ct);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.VolunteerId == me.Id, ct) ?? throw NotFound();
        var traject = await db.Trajects.SingleAsync(t => t.Id == proposal.TrajectId, ct);
        var today = clock.Today();
        DuoRules.CheckAnswer(DuoRules.StateOf(proposal.Answer, proposal.AnswerBy, today)).ThrowIfAny(texts);
        (proposal.Answer, proposal.AnsweredOn) = (input.Accept ? ProposalAnswer.Accepted : ProposalAnswer.Declined, today);
        if (input.Accept)
        {
            (traject.Status, traject.VolunteerId, traject.StartedOn) = (DuoStatus.Active, me.Id, today);
        }
        else
        {
            traject.Status = DuoStatus.Requested;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddContactAsync(Guid id, ContactInput input, CancellationToken ct)
    {
        var me = await MeAsync(ct);
        var traject = await db.Trajects.SingleOrDefaultAsync(t => t.Id == id && t.VolunteerId == me.Id, ct) ?? throw NotFound();
        return await log.AddContactAsync(traject, input, ct);
    }

    private async Task<(DuoTraject Traject, DuoProposal? Proposal)> FindAsync(Guid id, Volunteer me, CancellationToken ct)
    {
        var traject = await db.Trajects.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound();
        if (traject.VolunteerId == me.Id)
        {
            return (traject, null);
        }

        var today = clock.Today();
        var proposal = (await db.Proposals.AsNoTracking().Where(p => p.TrajectId == id && p.VolunteerId == me.Id).ToListAsync(ct))
            .FirstOrDefault(p => DuoRules.StateOf(p.Answer, p.AnswerBy, today) == ProposalState.Pending);
        return proposal is null ? throw NotFound() : (traject, proposal);
    }

    /// <summary>The volunteer record of the signed-in account, linked by e-mail the first time (after the invitation).</summary>
    private async Task<Volunteer> MeAsync(CancellationToken ct) => await FindMeAsync(ct) ?? throw NotFound();

    private async Task<Volunteer?> FindMeAsync(CancellationToken ct)
    {
        if (user.Id is not { } account)
        {
            return null;
        }

        if (await db.Volunteers.SingleOrDefaultAsync(v => v.AccountId == account, ct) is { } linked)
        {
            return linked;
        }

        var email = (await members.FindByIdsAsync([account], ct)).SingleOrDefault()?.Email.ToLowerInvariant();
        var volunteer = email is null ? null
            : await db.Volunteers.FirstOrDefaultAsync(v => v.Email == email && v.AccountId == null && v.IntakeOn != null, ct);
        if (volunteer is null)
        {
            return null;
        }

        volunteer.AccountId = account;
        await db.SaveChangesAsync(ct);
        return volunteer;
    }

    private static NotFoundException NotFound() => new(typeof(VolunteersResource), "Duo:NotFound");
}
