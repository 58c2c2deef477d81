namespace Wmk.Housing.Features.PartnerUsers;

/// <summary>Links an existing member of the organisation (by e-mail) to a partner as its portal user.</summary>
internal sealed record PartnerUserInput(string? Email);

/// <summary>A partner's portal user; e-mail and name are null when the account is no longer an active member.</summary>
internal sealed record PartnerUserView(Guid PartnerId, Guid AccountId, string? Email, string? DisplayName);
