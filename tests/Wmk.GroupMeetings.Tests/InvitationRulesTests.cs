using Wmk.GroupMeetings.Features.Invitations;

namespace Wmk.GroupMeetings.Tests;

public sealed class InvitationRulesTests
{
    private static readonly Invitee[] Residents =
    [
        new(Guid.NewGuid(), "Noor", "Noor Peeters", "noor@bewoner.test", "Els (CAW)", "els@caw.test"),
        new(Guid.NewGuid(), "Sam", "Sam Jacobs", null, "Els (CAW)", "ELS@caw.test"),
        new(Guid.NewGuid(), "Lina", "Lina Claes", "lina@bewoner.test", "Tom (Kiosk)", "geen-adres"),
        new(Guid.NewGuid(), "Jo", "Jo Maes", " jo@bewoner.test ", "Tom (Kiosk)", null),
    ];

    [Fact]
    public void Residents_with_an_address_get_the_dinner_invitation_without_the_theme_by_default()
    {
        var mails = InvitationRules.Plan(Residents, nameThemeToResidents: false);

        var residents = mails.Where(m => m.Role == MailRole.Resident).ToList();
        residents.Select(m => m.To).ShouldBe(["noor@bewoner.test", "lina@bewoner.test", "jo@bewoner.test"]);
        residents.ShouldAllBe(m => !m.NamesTheme);
        residents[0].Name.ShouldBe("Noor");
    }

    [Fact]
    public void The_tenant_setting_names_the_theme_to_residents()
    {
        InvitationRules.Plan(Residents, nameThemeToResidents: true).Where(m => m.Role == MailRole.Resident).ShouldAllBe(m => m.NamesTheme);
    }

    [Fact]
    public void Each_counsellor_gets_one_mail_with_the_theme_and_all_their_invited_clients_even_those_without_an_address()
    {
        var counsellors = InvitationRules.Plan(Residents, nameThemeToResidents: false).Where(m => m.Role == MailRole.Counsellor).ToList();

        var els = counsellors.ShouldHaveSingleItem();
        els.To.ShouldBe("els@caw.test");
        els.NamesTheme.ShouldBeTrue();
        els.Name.ShouldBe("Els (CAW)");
        els.Residents.ShouldBe(["Noor Peeters", "Sam Jacobs"]);
    }

    [Fact]
    public void The_reminder_goes_to_residents_only()
    {
        InvitationRules.Plan(Residents, false, counsellors: false).ShouldAllBe(m => m.Role == MailRole.Resident);
    }
}
