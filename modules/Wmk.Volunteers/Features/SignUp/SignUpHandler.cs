using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.SignUp;

/// <summary>
/// A public sign-up (no account): checked, limited per organisation per hour, stored with its confirmation mail in one
/// transaction. A filled honeypot gets the same thanks and nothing is stored or sent.
/// </summary>
internal sealed class SignUpHandler(
    VolunteersDbContext db, KernelDbContext kernel, SignUpMails mails, ISettingProvider settings, ICurrentTenant tenant, ITenantStore tenants,
    TimeProvider clock, IStringLocalizer<VolunteersResource> texts)
{
    public async Task<SignUpResult> SignUpAsync(SignUpInput input, CancellationToken ct)
    {
        if (!tenant.IsAvailable)
        {
            throw new NotFoundException(typeof(VolunteersResource), "SignUp:NoOrganisation");
        }

        var thanks = new SignUpResult(texts["SignUp:Thanks"]);
        if (SignUpRules.IsBot(input))
        {
            return thanks;
        }

        SignUpRules.Check(input).ThrowIfAny(texts);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-1);
        var recent = await db.Volunteers.CountAsync(v => v.SignedUpAt > since, ct);
        if (SignUpRules.WindowFull(recent, await settings.GetIntAsync(VolunteersSettings.SignUpsPerHour, ct)))
        {
            throw new TooManySignUpsException();
        }

        var volunteer = new Volunteer
        {
            FirstName = Text.Clean(input.FirstName)!, LastName = Text.Clean(input.LastName)!, Email = Text.Clean(input.Email)!.ToLowerInvariant(),
            Phone = Text.Clean(input.Phone), Availability = Availability.From(input.Availability), Area = Text.Clean(input.Area),
            Interests = Text.Clean(input.Interests), HeardVia = Enum.Parse<HeardVia>(input.HeardVia!), SignedUpAt = now, ConsentedAt = now,
            Status = VolunteerStatus.SignedUp,
        };
        var organisation = (await tenants.FindByIdAsync(tenant.GetRequiredId(), ct))!.Name;
        await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync(ct);
        await mails.SendAsync(volunteer, organisation, ct);
        await kernel.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return thanks;
    }
}
