using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.Mail;
using Wmk.Accounts.Features.Members;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.Invitations;

/// <summary>An invitation to send: the address and the roles the person gets on accepting.</summary>
internal sealed record InviteRequest(string? Email, IReadOnlyList<string>? Roles);

/// <summary>A sent invitation (the token only went out by mail).</summary>
internal sealed record InvitationView(Guid Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset ExpiresAt);

/// <summary>
/// Invites an e-mail address to the current organisation with roles and mails the link (valid 7 days). An address
/// that already is an active member is refused and nothing is stored.
/// </summary>
internal sealed class InviteHandler(
    AccountsDbContext db, UserManager<Account> users, MemberRoles roles, AccountMails mails, ITenantStore tenants,
    ICurrentTenant tenant, ICurrentUser user, IAuditLog audit, TimeProvider clock, IStringLocalizer<AccountsResource> texts)
{
    public async Task<InvitationView> HandleAsync(InviteRequest request, CancellationToken ct)
    {
        var tenantId = tenant.GetRequiredId();
        var email = InvitationTokens.NormaliseEmail(request.Email);
        var errors = new List<string>();
        if (email.Length is 0 or > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            errors.Add(texts["Account:EmailInvalid"]);
        }
        else if (await users.FindByEmailAsync(email) is { } existing
            && await db.Memberships.AnyAsync(m => m.AccountId == existing.Id && m.IsActive, ct))
        {
            errors.Add(texts["Invitation:AlreadyMember"]);
        }

        var wanted = await roles.ValidateAsync(request.Roles, errors, ct);
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }

        var token = InvitationTokens.NewToken();
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            Email = email,
            Roles = string.Join(',', wanted),
            TokenHash = InvitationTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + InvitationTokens.Lifetime,
            InvitedBy = user.Id,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);

        var organisation = (await tenants.FindByIdAsync(tenantId, ct))!;
        var link = mails.Link($"/t/{organisation.Slug}/account/accept-invitation?token={token}", withoutTenantPath: true);
        await mails.SendAsync(AccountMails.Invitation, new { Link = link, Organisation = organisation.Name }, email, ct);
        await audit.RecordAsync(AuditAction.Create, "Invitation", invitation.Id, "roles=" + invitation.Roles, ct);
        return new InvitationView(invitation.Id, email, wanted, invitation.ExpiresAt);
    }
}
