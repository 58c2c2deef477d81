using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.GroupMeetings.Features.Locations;

/// <summary>Lists, adds and changes locations (neighbourhood apartments) and renews their calendar feed token.</summary>
internal sealed class LocationsHandler(GroupMeetingsDbContext db, IOccupancy occupancy, IStringLocalizer<GroupMeetingsResource> texts)
{
    public async Task<IReadOnlyList<LocationView>> ListAsync(CancellationToken ct) =>
        [.. (await db.Locations.AsNoTracking().ToListAsync(ct)).OrderBy(l => l.Name, StringComparer.CurrentCulture).Select(LocationView.Of)];

    public async Task<LocationView> GetAsync(Guid id, CancellationToken ct) => LocationView.Of(await FindAsync(id, ct));

    public async Task<Location> FindAsync(Guid id, CancellationToken ct) =>
        await db.Locations.SingleOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException(typeof(GroupMeetingsResource), "Location:NotFound");

    public async Task<LocationView> AddAsync(LocationInput input, CancellationToken ct)
    {
        await CheckAsync(input, null, ct);
        var location = new Location
        {
            Name = Text.Clean(input.Name)!, Address = Text.Clean(input.Address)!, Neighbourhood = Text.Clean(input.Neighbourhood)!,
            UnitId = input.UnitId, FeedToken = NewToken(),
        };
        db.Locations.Add(location);
        await db.SaveChangesAsync(ct);
        return LocationView.Of(location);
    }

    public async Task<LocationView> UpdateAsync(Guid id, LocationInput input, CancellationToken ct)
    {
        var location = await FindAsync(id, ct);
        await CheckAsync(input, id, ct);
        (location.Name, location.Address, location.Neighbourhood, location.UnitId) =
            (Text.Clean(input.Name)!, Text.Clean(input.Address)!, Text.Clean(input.Neighbourhood)!, input.UnitId);
        await db.SaveChangesAsync(ct);
        return LocationView.Of(location);
    }

    /// <summary>The location's feed token (staff only; the feed URL is the secret).</summary>
    public async Task<string> FeedTokenAsync(Guid id, bool renew, CancellationToken ct)
    {
        var location = await FindAsync(id, ct);
        if (renew)
        {
            location.FeedToken = NewToken();
            await db.SaveChangesAsync(ct);
        }

        return location.FeedToken;
    }

    private async Task CheckAsync(LocationInput input, Guid? self, CancellationToken ct)
    {
        var errors = LocationRules.Check(input);
        if (input.UnitId is { } unit && await occupancy.UnitTermsAsync(unit, ct) is null)
        {
            errors.Add(new("Location:UnitUnknown"));
        }

        errors.ThrowIfAny(texts);
        var name = Text.Clean(input.Name)!;
        if (await db.Locations.AnyAsync(l => l.Name == name && l.Id != self, ct))
        {
            throw new ConflictException(typeof(GroupMeetingsResource), "Location:Exists", name);
        }
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
