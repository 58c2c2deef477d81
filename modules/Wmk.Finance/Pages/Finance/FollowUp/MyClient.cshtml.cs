using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.MyClients;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.FollowUp;

[Permission(FinancePermissions.ViewOwnClients)]
internal sealed class MyClientModel(MyClientsHandler clients, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public ClientView Client { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Client = await clients.GetAsync(id, ct);
}
