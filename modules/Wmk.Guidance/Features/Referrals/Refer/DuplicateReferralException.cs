using Wmk.Kernel.Errors;

namespace Wmk.Guidance.Features.Referrals.Refer;

/// <summary>
/// 409: the person is already an active candidate. <see cref="CandidateId"/> is that candidate for staff (to link or to
/// confirm another person); null for a partner counsellor, who may not learn anything of another counsellor's client.
/// </summary>
internal sealed class DuplicateReferralException(Guid? candidateId, string key, params object[] args)
    : WmkException(409, typeof(GuidanceResource), key, args)
{
    public Guid? CandidateId { get; } = candidateId;
}
