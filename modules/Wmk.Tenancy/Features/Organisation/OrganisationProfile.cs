namespace Wmk.Tenancy.Features.Organisation;

/// <summary>The organisation as its administrators see and edit it.</summary>
internal sealed record OrganisationProfile(
    string Name, string? ContactEmail, string? ContactPhone, string? Address, string? Website, string? PrimaryColor, bool HasLogo);

/// <summary>What a tenant administrator may change (the name is the operator's).</summary>
internal sealed record OrganisationUpdate(
    string? ContactEmail, string? ContactPhone, string? Address, string? Website, string? PrimaryColor);
