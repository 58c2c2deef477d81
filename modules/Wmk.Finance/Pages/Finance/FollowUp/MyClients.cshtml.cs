using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.MyClients;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.FollowUp;

[Permission(FinancePermissions.ViewOwnClients)]
internal sealed class MyClientsModel(MyClientsHandler clients, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public IReadOnlyList<ClientRow> Clients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Clients = await clients.ListAsync(ct);
}
