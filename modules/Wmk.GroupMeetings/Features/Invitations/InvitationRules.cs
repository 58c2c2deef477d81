using Wmk.Kernel.Emailing;

namespace Wmk.GroupMeetings.Features.Invitations;

/// <summary>A person to invite: the resident and their counsellor's contact.</summary>
internal sealed record Invitee(Guid ResidentId, string FirstName, string FullName, string? Email, string CounsellorName, string? CounsellorEmail);

internal enum MailRole
{
    Resident,
    Counsellor,
}

/// <summary>One mail to send: to whom, in which role, whether it names the theme, and (for a counsellor) which clients.</summary>
internal sealed record PlannedMail(MailRole Role, string To, string Name, bool NamesTheme, IReadOnlyList<string> Residents);

/// <summary>
/// Who gets which Woonclub mail. Every resident with a valid address gets the dinner invitation, which names the theme
/// only when the tenant says so (<see cref="GroupMeetingsSettings.NameThemeToResidents"/>); every counsellor of an
/// invited resident gets one mail (however many clients) with date, place and theme and their clients' names, also when
/// the resident has no address of their own. Addresses are compared without case; invalid ones are left out.
/// </summary>
internal static class InvitationRules
{
    public static IReadOnlyList<PlannedMail> Plan(IEnumerable<Invitee> invitees, bool nameThemeToResidents, bool counsellors = true)
    {
        var list = invitees.ToList();
        var mails = list.Where(i => MailAddresses.Valid(i.Email) is not null)
            .DistinctBy(i => MailAddresses.Valid(i.Email), StringComparer.OrdinalIgnoreCase)
            .Select(i => new PlannedMail(MailRole.Resident, MailAddresses.Valid(i.Email)!, i.FirstName, nameThemeToResidents, [i.FullName]))
            .ToList();
        if (counsellors)
        {
            mails.AddRange(list.Where(i => MailAddresses.Valid(i.CounsellorEmail) is not null)
                .GroupBy(i => MailAddresses.Valid(i.CounsellorEmail)!, StringComparer.OrdinalIgnoreCase)
                .Select(g => new PlannedMail(MailRole.Counsellor, g.Key, g.First().CounsellorName, true,
                    [.. g.Select(i => i.FullName).Distinct().Order(StringComparer.CurrentCulture)])));
        }

        return mails;
    }
}
