using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Referrals.Refer;

/// <summary>Who follows the candidate: the referring partner counsellor themself, or the counsellor staff name.</summary>
internal sealed record ReferralCounsellor(Guid? AccountId, string Name, string? Email, string? Phone)
{
    /// <summary>A partner counsellor refers their own client: name and e-mail from their membership.</summary>
    public static async Task<ReferralCounsellor> OwnAsync(Guid accountId, string? phone, IMemberDirectory members, CancellationToken ct)
    {
        var me = (await members.FindByIdsAsync([accountId], ct)).SingleOrDefault();
        return new(accountId, me?.DisplayName ?? me?.Email ?? string.Empty, me?.Email, Text.Clean(phone));
    }

    /// <summary>Staff give the counsellor's details; a given account e-mail must be a member with the partner-counsellor role.</summary>
    public static async Task<ReferralCounsellor> GivenAsync(ReferralInput input, List<RuleError> errors, IMemberDirectory members, CancellationToken ct)
    {
        errors.AddRange(ReferralRules.CheckCounsellor(input.CounsellorName, input.CounsellorEmail, input.CounsellorPhone));
        Guid? account = null;
        if (Text.Clean(input.CounsellorAccountEmail) is { } email)
        {
            var member = email.Length <= 256 ? await members.FindByEmailAsync(email, ct) : null;
            if (member is null || !member.Roles.Contains(WmkRoles.PartnerCounsellor))
            {
                errors.Add(new("Referral:CounsellorAccountUnknown"));
            }

            account = member?.AccountId;
        }

        return new(account, Text.Clean(input.CounsellorName) ?? string.Empty, Text.Clean(input.CounsellorEmail), Text.Clean(input.CounsellorPhone));
    }
}
