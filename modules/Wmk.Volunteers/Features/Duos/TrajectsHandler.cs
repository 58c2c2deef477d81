using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;
using Wmk.Volunteers.Features.Intake;

namespace Wmk.Volunteers.Features.Duos;

/// <summary>Staff's side of duo-trajects: the request, proposing a matching volunteer, tasks, contacts and the end.</summary>
internal sealed class TrajectsHandler(
    VolunteersDbContext db, IResidents residents, VolunteersHandler volunteers, DuoLog log, IAuditLog audit, TimeProvider clock,
    ISettingProvider settings, IStringLocalizer<VolunteersResource> texts)
{
    public async Task<IReadOnlyList<TrajectRow>> ListAsync(CancellationToken ct)
    {
        var trajects = await db.Trajects.AsNoTracking().ToListAsync(ct);
        var names = await ResidentNamesAsync(trajects.Select(t => t.ResidentId), ct);
        var people = await db.Volunteers.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.FullName, ct);
        return [.. trajects.OrderBy(t => t.Status == DuoStatus.Ended).ThenByDescending(t => t.RequestedOn).Select(t => new TrajectRow(
            t.Id, names.GetValueOrDefault(t.ResidentId, "?"), t.RequestedOn, t.Status.ToString(),
            t.VolunteerId is { } v ? people.GetValueOrDefault(v) : null, t.StartedOn, t.EndedOn, t.Outcome?.ToString()))];
    }

    /// <summary>The residents staff can record a request for (current residents).</summary>
    public async Task<IReadOnlyList<ResidentInfo>> ResidentsAsync(CancellationToken ct) =>
        await residents.ListAsync(new ResidentQuery(CurrentOnly: true), ct);

    public async Task<TrajectFile> GetAsync(Guid id, CancellationToken ct)
    {
        var t = await FindAsync(id, ct);
        var names = await ResidentNamesAsync([t.ResidentId], ct);
        var people = await db.Volunteers.AsNoTracking().ToListAsync(ct);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.TrajectId == id).ToListAsync(ct);
        var (tasks, contacts, hours) = await log.ReadAsync(id, ct);
        var today = clock.Today();
        var (required, months) = await volunteers.GoodConductAsync(ct);
        var open = t.Status is DuoStatus.Requested or DuoStatus.Proposed
            && !proposals.Any(p => DuoRules.StateOf(p.Answer, p.AnswerBy, today) == ProposalState.Pending);
        var candidates = open
            ? DuoRules.Rank(people.Where(v => DuoRules.CheckProposal(t.Status, false, v, t.Availability, today, required, months).Count == 0
                    && proposals.All(p => p.VolunteerId != v.Id)), t.Area, t.Availability)
                .Select(v => new CandidateRow(v.Id, v.FullName, v.Area, Availability.Common(v.Availability, t.Availability))).ToList()
            : [];
        await audit.RecordAsync(AuditAction.Read, "DuoTraject", id, null, ct);
        return new TrajectFile(
            t.Id, t.ResidentId, names.GetValueOrDefault(t.ResidentId, "?"), t.Area, Availability.SlotsOf(t.Availability), t.RequestNote, t.RequestedOn,
            t.Status.ToString(), people.FirstOrDefault(v => v.Id == t.VolunteerId)?.FullName, t.StartedOn, t.EndedOn, t.Outcome?.ToString(),
            t.OutcomeNote,
            [.. proposals.OrderByDescending(p => p.ProposedOn).Select(p => new ProposalRow(
                p.Id, p.VolunteerId, people.FirstOrDefault(v => v.Id == p.VolunteerId)?.FullName ?? "?", p.ProposedOn, p.AnswerBy,
                DuoRules.StateOf(p.Answer, p.AnswerBy, today).ToString()))],
            tasks, contacts, hours, candidates);
    }

    public async Task<Guid> RequestAsync(RequestInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new List<RuleError>();
        if (input.RequestedOn > today)
        {
            errors.Add(new("Duo:RequestFuture"));
        }

        if (Text.Clean(input.Note)?.Length > 2000 || Text.Clean(input.Area)?.Length > 100)
        {
            errors.Add(new("Duo:TooLong", 2000));
        }

        errors.ThrowIfAny(texts);
        if ((await residents.ListAsync(new ResidentQuery([input.ResidentId], CurrentOnly: true), ct)).Count == 0)
        {
            throw new NotFoundException(typeof(VolunteersResource), "Duo:ResidentNotFound");
        }

        if (await db.Trajects.AnyAsync(t => t.ResidentId == input.ResidentId && t.Status != DuoStatus.Ended, ct))
        {
            throw new ConflictException(typeof(VolunteersResource), "Duo:AlreadyOpen");
        }

        var traject = new DuoTraject
        {
            ResidentId = input.ResidentId, RequestedOn = input.RequestedOn ?? today, Area = Text.Clean(input.Area),
            Availability = Availability.From(input.Availability), RequestNote = Text.Clean(input.Note), Status = DuoStatus.Requested,
        };
        db.Trajects.Add(traject);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, "DuoTraject", traject.Id, null, ct);
        return traject.Id;
    }

    public async Task<Guid> ProposeAsync(Guid id, ProposeInput input, CancellationToken ct)
    {
        var t = await FindAsync(id, ct);
        var volunteer = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == input.VolunteerId, ct)
            ?? throw new NotFoundException(typeof(VolunteersResource), "Volunteer:NotFound");
        var today = clock.Today();
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.TrajectId == id).ToListAsync(ct);
        var open = proposals.Any(p => DuoRules.StateOf(p.Answer, p.AnswerBy, today) == ProposalState.Pending);
        var (required, months) = await volunteers.GoodConductAsync(ct);
        DuoRules.CheckProposal(t.Status, open, volunteer, t.Availability, today, required, months).ThrowIfAny(texts);
        var days = await settings.GetIntAsync(VolunteersSettings.ProposalAnswerDays, ct);
        var proposal = new DuoProposal { TrajectId = id, VolunteerId = volunteer.Id, ProposedOn = today, AnswerBy = DuoRules.AnswerBy(today, days) };
        db.Proposals.Add(proposal);
        t.Status = DuoStatus.Proposed;
        await db.SaveChangesAsync(ct);
        return proposal.Id;
    }

    public async Task<Guid> AddTaskAsync(Guid id, TaskInput input, CancellationToken ct)
    {
        var t = await FindAsync(id, ct);
        DuoRules.CheckTask(t.Status, input.Kind, input.Description).ThrowIfAny(texts);
        var task = new DuoTask { TrajectId = id, Kind = Enum.Parse<DuoTaskKind>(input.Kind!), Description = Text.Clean(input.Description), AgreedOn = clock.Today() };
        db.Tasks.Add(task);
        await db.SaveChangesAsync(ct);
        return task.Id;
    }

    public async Task<Guid> AddContactAsync(Guid id, ContactInput input, CancellationToken ct) => await log.AddContactAsync(await FindAsync(id, ct), input, ct);

    public async Task EndAsync(Guid id, EndInput input, CancellationToken ct)
    {
        var t = await FindAsync(id, ct);
        DuoRules.CheckEnd(t, input.On, input.Outcome, input.Note, clock.Today()).ThrowIfAny(texts);
        (t.Status, t.EndedOn, t.Outcome, t.OutcomeNote) = (DuoStatus.Ended, input.On, Enum.Parse<DuoOutcome>(input.Outcome!), Text.Clean(input.Note));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, "DuoTraject", id, "ended " + t.Outcome, ct);
    }

    private async Task<Dictionary<Guid, string>> ResidentNamesAsync(IEnumerable<Guid> ids, CancellationToken ct) =>
        (await residents.ListAsync(new ResidentQuery([.. ids.Distinct()]), ct)).ToDictionary(r => r.ResidentId, r => r.FullName);

    private async Task<DuoTraject> FindAsync(Guid id, CancellationToken ct) =>
        await db.Trajects.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException(typeof(VolunteersResource), "Duo:NotFound");
}
