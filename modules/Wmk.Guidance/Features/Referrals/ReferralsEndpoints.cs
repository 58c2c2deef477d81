using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Referrals.CandidateFile;
using Wmk.Guidance.Features.Referrals.Partners;
using Wmk.Guidance.Features.Referrals.Refer;
using Wmk.Guidance.Features.Referrals.Status;
using Wmk.Guidance.Features.Referrals.WaitingList;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Features.Referrals;

/// <summary>The JSON face of the referral handlers under /api/v1/guidance.</summary>
internal static class ReferralsEndpoints
{
    public static void Map(IEndpointRouteBuilder guidance)
    {
        guidance.MapGet("/partners", (WelfarePartnersHandler h, CancellationToken ct) => h.ListAsync(ct))
            .RequirePermission(GuidancePermissions.ViewCandidates);
        guidance.MapPost("/partners", (WelfarePartnerInput input, WelfarePartnersHandler h, CancellationToken ct) => h.AddAsync(input, ct))
            .RequirePermission(GuidancePermissions.ManageCandidates);
        guidance.MapPut("/partners/{id:guid}", (Guid id, WelfarePartnerInput input, WelfarePartnersHandler h, CancellationToken ct) =>
            h.UpdateAsync(id, input, ct)).RequirePermission(GuidancePermissions.ManageCandidates);

        guidance.MapPost("/candidates", ReferAsync).RequirePermission(GuidancePermissions.Refer);
        guidance.MapGet("/candidates/{id:guid}", (Guid id, CandidateFileHandler h, CancellationToken ct) => h.GetAsync(id, ct))
            .RequirePermission(GuidancePermissions.ViewCandidates);
        guidance.MapPost("/candidates/{id:guid}/status", (Guid id, StatusInput input, ChangeStatusHandler h, CancellationToken ct) =>
            h.ChangeAsync(id, input, ct)).RequirePermission(GuidancePermissions.ManageCandidates);
        guidance.MapGet("/waiting-list", (WaitingListHandler h, CancellationToken ct) => h.GetAsync(ct))
            .RequirePermission(GuidancePermissions.ViewCandidates);
    }

    /// <summary>201 with the new candidate; a duplicate is a 409 that names the other candidate's id for staff only.</summary>
    private static async Task<IResult> ReferAsync(ReferralInput input, ReferHandler h, IStringLocalizer<GuidanceResource> texts, CancellationToken ct)
    {
        try
        {
            var created = await h.ReferAsync(input, ct);
            return TypedResults.Created($"/api/v1/guidance/candidates/{created.Id}", created);
        }
        catch (DuplicateReferralException duplicate)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: texts["Referral:DuplicateTitle"],
                detail: texts[duplicate.Key, [.. duplicate.Args]], extensions: new Dictionary<string, object?>
                {
                    ["code"] = duplicate.Key,
                    ["candidateId"] = duplicate.CandidateId,
                });
        }
    }
}
