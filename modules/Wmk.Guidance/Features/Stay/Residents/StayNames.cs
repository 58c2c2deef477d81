using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Stay.Residents;

/// <summary>The display names of the tenant's members (who did it, the case worker).</summary>
internal sealed class StayNames(IMemberDirectory members)
{
    public async Task<IReadOnlyDictionary<Guid, string>> OfAsync(IEnumerable<Guid?> accountIds, CancellationToken ct)
    {
        var ids = accountIds.OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        return (await members.FindByIdsAsync(ids, ct)).ToDictionary(m => m.AccountId, m => m.DisplayName ?? m.Email);
    }
}
