using Microsoft.EntityFrameworkCore;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Shared;

internal static class UnitLookup
{
    /// <summary>
    /// The unit of the current tenant that the current user may see (a partner's portal user: only its partners'
    /// units), or a 404 (another tenant's or partner's unit is unknown here).
    /// </summary>
    public static async Task<Unit> UnitAsync(this PartnerScope scope, Guid id, CancellationToken ct) =>
        await (await scope.UnitsAsync(ct)).SingleOrDefaultAsync(u => u.Id == id, ct)
        ?? throw new NotFoundException(typeof(HousingResource), "Unit:NotFound");

    /// <summary>A day after today (Europe/Brussels) is refused: nothing is recorded ahead of time.</summary>
    public static void NotInFuture(this List<RuleError> errors, DateOnly day, DateOnly today)
    {
        if (day > today)
        {
            errors.Add(new("FollowUp:DateInFuture", day, today));
        }
    }
}
