using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Activities;

/// <summary>Hours outside a duo: the give-away corner, Woonclub help, internship work.</summary>
internal sealed record ActivityInput(string? Kind, DateOnly? On, decimal Hours, string? Note);

/// <summary>Records a volunteer's or intern's hours on other activities.</summary>
internal sealed class ActivitiesHandler(VolunteersDbContext db, TimeProvider clock, IStringLocalizer<VolunteersResource> texts)
{
    public async Task<Guid> AddAsync(Guid volunteerId, ActivityInput input, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == volunteerId, ct)
            ?? throw new NotFoundException(typeof(VolunteersResource), "Volunteer:NotFound");
        var errors = new List<RuleError>();
        if (!Enum.TryParse<ActivityKind>(input.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(new("Activity:KindUnknown"));
        }

        if (volunteer.IntakeOn is null)
        {
            errors.Add(new("Activity:IntakeFirst"));
        }

        HoursRules.Check(errors, input.On, input.Hours, clock.Today());
        if (Text.Clean(input.Note)?.Length > 1000)
        {
            errors.Add(new("Duo:TooLong", 1000));
        }

        errors.ThrowIfAny(texts);
        var activity = new VolunteerActivity { VolunteerId = volunteerId, Kind = kind, On = input.On!.Value, Hours = input.Hours, Note = Text.Clean(input.Note) };
        db.Activities.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity.Id;
    }
}
