using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.CompanyReport;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Authorization;

namespace Wmk.Housing.Features;

/// <summary>The JSON face of the housing handlers under /api/v1/housing.</summary>
internal static class HousingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var housing = api.MapGroup("/housing");
        housing.MapGet("/partners", (PartnersHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(HousingPermissions.ViewUnits);
        housing.MapPost("/partners", (PartnerInput input, PartnersHandler h, CancellationToken ct) => h.AddAsync(input, ct))
            .RequirePermission(HousingPermissions.ManageUnits);
        housing.MapPut("/partners/{id:guid}", (Guid id, PartnerInput input, PartnersHandler h, CancellationToken ct) => h.UpdateAsync(id, input, ct))
            .RequirePermission(HousingPermissions.ManageUnits);
        PartnerUsersEndpoints.Map(housing);

        housing.MapGet("/units", (UnitsHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(HousingPermissions.ViewUnits);
        housing.MapGet("/units/{id:guid}", (Guid id, UnitsHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(HousingPermissions.ViewUnits);
        housing.MapPost("/units", (UnitInput input, UnitsHandler h, CancellationToken ct) => h.AddAsync(input, ct))
            .RequirePermission(HousingPermissions.ManageUnits);
        housing.MapPut("/units/{id:guid}", (Guid id, UnitInput input, UnitsHandler h, CancellationToken ct) => h.UpdateAsync(id, input, ct))
            .RequirePermission(HousingPermissions.ManageUnits);

        housing.MapGet("/units/{id:guid}/contracts", (Guid id, ContractsHandler h, CancellationToken ct) => h.ListForUnitAsync(id, ct))
            .RequirePermission(HousingPermissions.ManageContracts);
        housing.MapPost("/contracts", (StartContractInput input, ContractsHandler h, CancellationToken ct) => h.StartAsync(input, ct))
            .RequirePermission(HousingPermissions.ManageContracts);
        housing.MapPost("/contracts/{id:guid}/extension", (Guid id, ExtendContractInput input, ContractsHandler h, CancellationToken ct) =>
            h.ExtendAsync(id, input, ct)).RequirePermission(HousingPermissions.ManageContracts);
        housing.MapPost("/contracts/{id:guid}/termination", (Guid id, TerminateContractInput input, ContractsHandler h, CancellationToken ct) =>
            h.TerminateAsync(id, input, ct)).RequirePermission(HousingPermissions.ManageContracts);

        housing.MapGet("/board", (DateOnly? on, DateOnly? from, DateOnly? to, BoardHandler h, CancellationToken ct) => h.GetAsync(on, from, to, ct))
            .RequirePermission(HousingPermissions.ManageContracts);
        housing.MapGet("/companies", (CompanyReportHandler h, CancellationToken ct) => h.GetAsync(ct))
            .RequirePermission(HousingPermissions.ViewCompanyReport);
    }
}
