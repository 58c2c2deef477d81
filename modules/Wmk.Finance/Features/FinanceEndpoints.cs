using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.FollowUp;
using Wmk.Finance.Features.Energy;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Quotes;
using Wmk.Finance.Features.RentTables;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Features;

/// <summary>The JSON face of the finance handlers under /api/v1/finance.</summary>
internal static class FinanceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var finance = api.MapGroup("/finance");
        finance.MapGet("/rent-tables", (RentTablesHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(FinancePermissions.View);
        finance.MapPost("/rent-tables", (RentTableInput input, RentTablesHandler h, CancellationToken ct) => h.AddAsync(input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapGet("/quote", (Guid unitId, int household, DateOnly? on, QuoteHandler h, CancellationToken ct) => h.QuoteAsync(unitId, household, on, ct))
            .RequirePermission(FinancePermissions.View);

        finance.MapGet("/charges", (DateOnly from, DateOnly? to, MonthlyRunHandler h, CancellationToken ct) => h.ListAsync(from, to, ct))
            .RequirePermission(FinancePermissions.View);
        finance.MapPost("/monthly-runs", (MonthlyRunInput input, MonthlyRunHandler h, CancellationToken ct) => h.RunAsync(input.Month, ct))
            .RequirePermission(FinancePermissions.Manage);

        finance.MapGet("/contracts/{id:guid}/reference", (Guid id, RentCallHandler h, CancellationToken ct) => h.ReferenceAsync(id, ct))
            .RequirePermission(FinancePermissions.View);
        finance.MapGet("/contracts/{id:guid}/rent-call", (Guid id, DateOnly month, RentCallHandler h, CancellationToken ct) => h.GetAsync(id, month, ct))
            .RequirePermission(FinancePermissions.View);
        finance.MapGet("/bank-account", (BankAccountHandler h, CancellationToken ct) => h.GetAsync(ct)).RequirePermission(FinancePermissions.Manage);
        finance.MapPut("/bank-account", (BankAccountInput input, BankAccountHandler h, CancellationToken ct) => h.SetAsync(input, ct))
            .RequirePermission(FinancePermissions.Manage);
        PaymentsEndpoints.Map(finance);
        FollowUpEndpoints.Map(finance);
        EnergyEndpoints.Map(finance);
    }
}

internal sealed record MonthlyRunInput(DateOnly Month);
