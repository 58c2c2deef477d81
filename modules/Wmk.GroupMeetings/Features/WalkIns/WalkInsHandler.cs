using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.GroupMeetings.Features.WalkIns;

internal sealed record WalkInInput(DateOnly? Date, TimeOnly? StartsAt, TimeOnly? EndsAt, int? Visitors, string? Topics);

internal sealed record WalkInView(Guid Id, Guid LocationId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, int Visitors, string? Topics)
{
    public static WalkInView Of(WalkIn w) => new(w.Id, w.LocationId, w.Date, w.StartsAt, w.EndsAt, w.Visitors, w.Topics);
}

/// <summary>
/// Walk-in hours held at a location: a day (not in the future), start before end, 0–500 visitors, topics ≤ 1,000.
/// </summary>
internal sealed class WalkInsHandler(GroupMeetingsDbContext db, LocationsHandler locations, TimeProvider clock, IStringLocalizer<GroupMeetingsResource> texts)
{
    public static List<RuleError> Check(WalkInInput input, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (input.Date is not { } day)
        {
            errors.Add(new("WalkIn:DateRequired"));
        }
        else if (day > today)
        {
            errors.Add(new("WalkIn:InFuture"));
        }

        if (input.StartsAt is not { } start || input.EndsAt is not { } end || end <= start)
        {
            errors.Add(new("WalkIn:TimesInvalid"));
        }

        if (input.Visitors is not (>= 0 and <= 500))
        {
            errors.Add(new("WalkIn:VisitorsInvalid", 500));
        }

        if (Text.Clean(input.Topics) is { Length: > 1000 })
        {
            errors.Add(new("WalkIn:TopicsTooLong", 1000));
        }

        return errors;
    }

    public async Task<IReadOnlyList<WalkInView>> ListAsync(Guid locationId, CancellationToken ct)
    {
        await locations.FindAsync(locationId, ct);
        return [.. (await db.WalkIns.AsNoTracking().Where(w => w.LocationId == locationId).ToListAsync(ct))
            .OrderByDescending(w => w.Date).ThenByDescending(w => w.StartsAt).Select(WalkInView.Of)];
    }

    public async Task<WalkInView> AddAsync(Guid locationId, WalkInInput input, CancellationToken ct)
    {
        await locations.FindAsync(locationId, ct);
        Check(input, clock.Today()).ThrowIfAny(texts);
        var walkIn = new WalkIn
        {
            LocationId = locationId, Date = input.Date!.Value, StartsAt = input.StartsAt!.Value, EndsAt = input.EndsAt!.Value,
            Visitors = input.Visitors!.Value, Topics = Text.Clean(input.Topics),
        };
        db.WalkIns.Add(walkIn);
        await db.SaveChangesAsync(ct);
        return WalkInView.Of(walkIn);
    }
}
