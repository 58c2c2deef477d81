using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Features.Demo;
using Wmk.Guidance.Features.Reports.Caseload;
using Wmk.Guidance.Features.Reports.Export;
using Wmk.Guidance.Features.Reports.Occupancy;
using Wmk.Guidance.Features.Reports.Outflow;
using Wmk.Guidance.Features.Reports.Wait;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Modularity;

namespace Wmk.Guidance.Features.Reports;

/// <summary>
/// Registers the reports (outflow, occupancy, wait, caseload; JSON and CSV under /api/v1/guidance/reports) and the
/// guidance demo data (registered after the housing module's, so it runs after the demo units exist).
/// </summary>
internal sealed class ReportsArea : IGuidanceArea
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<OutflowHandler>();
        services.AddScoped<OccupancyHandler>();
        services.AddScoped<WaitHandler>();
        services.AddScoped<CaseloadHandler>();
        services.AddScoped<ReportExport>();
        services.AddScoped<IDemoDataContributor, GuidanceDemoData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder guidance)
    {
        var reports = guidance.MapGroup("/reports").RequirePermission(GuidancePermissions.ViewReports);
        reports.MapGet("/outflow", (int? year, int? years, OutflowHandler h, CancellationToken ct) => h.GetAsync(year, years, ct));
        reports.MapGet("/occupancy", (int? year, OccupancyHandler h, CancellationToken ct) => h.GetAsync(year, ct));
        reports.MapGet("/wait", (DateOnly? from, DateOnly? to, WaitHandler h, CancellationToken ct) => h.GetAsync(from, to, ct));
        reports.MapGet("/caseload", (CaseloadHandler h, CancellationToken ct) => h.GetAsync(ct));
        reports.MapGet("/outflow.csv", async (int? year, int? years, ReportExport e, CancellationToken ct) => File(await e.OutflowAsync(year, years, ct)));
        reports.MapGet("/occupancy.csv", async (int? year, ReportExport e, CancellationToken ct) => File(await e.OccupancyAsync(year, ct)));
        reports.MapGet("/wait.csv", async (DateOnly? from, DateOnly? to, ReportExport e, CancellationToken ct) => File(await e.WaitAsync(from, to, ct)));
        reports.MapGet("/caseload.csv", async (ReportExport e, CancellationToken ct) => File(await e.CaseloadAsync(ct)));
    }

    private static IResult File(CsvFile file) => Results.File(file.Content, "text/csv; charset=utf-8", file.FileName);
}
