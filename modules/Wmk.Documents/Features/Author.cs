using Wmk.Kernel.Security;

namespace Wmk.Documents.Features;

/// <summary>The current user's account and name, for "who stored this".</summary>
internal sealed class Author(ICurrentUser user, IMemberDirectory members)
{
    public async Task<(Guid? Id, string? Name)> GetAsync(CancellationToken ct)
    {
        if (user.Id is not { } id)
        {
            return (null, null);
        }

        var member = (await members.FindByIdsAsync([id], ct)).FirstOrDefault();
        return (id, member?.DisplayName ?? member?.Email);
    }
}
