using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Finance.Features.Extras;
using Wmk.Finance.Features.Reports;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Features.Energy;

/// <summary>Extra charges, energy forfaits and checks, and the reports (issue #6) under /api/v1/finance.</summary>
internal static class EnergyEndpoints
{
    public static void Map(RouteGroupBuilder finance)
    {
        finance.MapPost("/extra-charges", (ExtraChargeInput input, ExtraChargesHandler h, CancellationToken ct) => h.AddAsync(input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapGet("/residents/{id:guid}/extra-charges", (Guid id, ExtraChargesHandler h, CancellationToken ct) => h.OfResidentAsync(id, ct))
            .RequirePermission(FinancePermissions.View);

        var energy = finance.MapGroup("/energy");
        energy.MapGet("", (DateOnly? month, EnergyHandler h, CancellationToken ct) => h.UnitsAsync(month, ct)).RequirePermission(FinancePermissions.View);
        energy.MapPost("/units/{id:guid}/accept", (Guid id, EnergyAcceptInput input, EnergyHandler h, CancellationToken ct) => h.AcceptAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Manage);
        energy.MapPost("/units/{id:guid}/dismiss", async (Guid id, EnergyDismissInput input, EnergyHandler h, CancellationToken ct) =>
        {
            await h.DismissAsync(id, input, ct);
            return Results.NoContent();
        }).RequirePermission(FinancePermissions.Manage);
        energy.MapGet("/units/{id:guid}/forfaits", (Guid id, EnergyHandler h, CancellationToken ct) => h.ForfaitsAsync(id, ct))
            .RequirePermission(FinancePermissions.View);
        energy.MapGet("/checks", (DateOnly until, EnergyChecksHandler h, CancellationToken ct) => h.OpenAsync(until, ct))
            .RequirePermission(FinancePermissions.View);
        energy.MapPost("/checks", async (EnergyCheckInput input, EnergyChecksHandler h, CancellationToken ct) =>
        {
            await h.DoneAsync(input, ct);
            return Results.NoContent();
        }).RequirePermission(FinancePermissions.Manage);

        var reports = finance.MapGroup("/reports");
        reports.MapGet("/arrears", (DateOnly? asOf, ReportsHandler h, CancellationToken ct) => h.ArrearsAsync(asOf, ct)).RequirePermission(FinancePermissions.View);
        reports.MapGet("/collected", (DateOnly? from, DateOnly? to, ReportsHandler h, CancellationToken ct) => h.CollectedAsync(from, to, ct))
            .RequirePermission(FinancePermissions.View);
        reports.MapGet("/units", (DateOnly? from, DateOnly? to, ReportsHandler h, CancellationToken ct) => h.UnitsAsync(from, to, ct))
            .RequirePermission(FinancePermissions.View);
        reports.MapGet("/payables", (DateOnly? from, DateOnly? to, ReportsHandler h, CancellationToken ct) => h.PayablesAsync(from, to, ct))
            .RequirePermission(FinancePermissions.View);
        reports.MapGet("/arrears.csv", async (DateOnly? asOf, ReportsExport e, CancellationToken ct) => File(await e.ArrearsAsync(asOf, ct)))
            .RequirePermission(FinancePermissions.View);
        reports.MapGet("/collected.csv", async (DateOnly? from, DateOnly? to, ReportsExport e, CancellationToken ct) => File(await e.CollectedAsync(from, to, ct)))
            .RequirePermission(FinancePermissions.View);
        reports.MapGet("/units.csv", async (DateOnly? from, DateOnly? to, ReportsExport e, CancellationToken ct) => File(await e.UnitsAsync(from, to, ct)))
            .RequirePermission(FinancePermissions.View);
        reports.MapGet("/payables.csv", async (DateOnly? from, DateOnly? to, ReportsExport e, CancellationToken ct) => File(await e.PayablesAsync(from, to, ct)))
            .RequirePermission(FinancePermissions.View);
    }

    private static IResult File(FinanceCsvFile file) => Results.File(file.Content, "text/csv; charset=utf-8", file.FileName);
}
