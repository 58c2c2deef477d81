using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Wmk.Finance.Features.MyClients;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>JSON of the follow-up, the payment plans and the counsellor's view (under /api/v1/finance).</summary>
internal static class FollowUpEndpoints
{
    public static void Map(RouteGroupBuilder finance)
    {
        finance.MapGet("/follow-up", (FollowUpHandler h, CancellationToken ct) => h.OverviewAsync(ct)).RequirePermission(FinancePermissions.View);
        finance.MapGet("/follow-up/cases/{id:guid}", (Guid id, FollowUpHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.View);
        finance.MapPost("/follow-up/cases/{id:guid}/steps", (Guid id, ArrearsStepInput input, FollowUpHandler h, CancellationToken ct) => h.AddStepAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/follow-up/cases/{id:guid}/pause", (Guid id, PauseInput input, FollowUpHandler h, CancellationToken ct) => h.PauseAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/follow-up/cases/{id:guid}/resume", (Guid id, FollowUpHandler h, CancellationToken ct) => h.ResumeAsync(id, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/follow-up/scan", async (FollowUpScan scan, ICurrentTenant tenant, ITenantStore tenants, TimeProvider clock, CancellationToken ct) =>
            await scan.RunAsync(clock.Today(), (await tenants.FindByIdAsync(tenant.Id!.Value, ct))?.Name ?? string.Empty, ct))
            .RequirePermission(FinancePermissions.Manage);

        finance.MapGet("/payment-plans", (PaymentPlansHandler h, CancellationToken ct) => h.ListAsync(null, ct)).RequirePermission(FinancePermissions.View);
        finance.MapPost("/payment-plans", (PaymentPlanInput input, PaymentPlansHandler h, CancellationToken ct) => h.CreateAsync(input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapGet("/payment-plans/{id:guid}", (Guid id, PaymentPlansHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.View);
        finance.MapPost("/payment-plans/{id:guid}/end", (Guid id, PlanDecisionInput input, PaymentPlansHandler h, CancellationToken ct) => h.EndAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payment-plans/{id:guid}/keep", (Guid id, PlanDecisionInput input, PaymentPlansHandler h, CancellationToken ct) => h.KeepAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payment-plans/check", (PlanCheck check, TimeProvider clock, CancellationToken ct) => check.RunAsync(clock.Today(), ct))
            .RequirePermission(FinancePermissions.Manage);

        finance.MapGet("/my-clients", (MyClientsHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(FinancePermissions.ViewOwnClients);
        finance.MapGet("/my-clients/{id:guid}", (Guid id, MyClientsHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.ViewOwnClients);
    }
}
