using Microsoft.Extensions.DependencyInjection;
using Wmk.GroupMeetings.Domain;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Templating;

namespace Wmk.GroupMeetings.Features.Invitations;

/// <summary>The module's e-mails (embedded Scriban templates, Dutch and English), queued in the outbox.</summary>
internal sealed class InvitationMails(ITemplatedEmailSender mail)
{
    public const string Resident = "GroupMeetings.Woonclub.Resident";
    public const string Counsellor = "GroupMeetings.Woonclub.Counsellor";
    public const string Reminder = "GroupMeetings.Woonclub.Reminder";
    public const string LaundryWeek = "GroupMeetings.Laundry.Week";

    private static readonly string[] Templates = [Resident, Counsellor, Reminder, LaundryWeek];

    public async Task SendAsync(PlannedMail planned, string template, WoonclubSession session, Location location, string organisation, CancellationToken ct)
    {
        var model = new
        {
            Name = planned.Name,
            Date = Day(session.Date),
            Starts = session.StartsAt.ToString("HH:mm", WmkCultures.Dutch),
            Ends = session.EndsAt.ToString("HH:mm", WmkCultures.Dutch),
            Place = location.Name,
            Address = location.Address,
            Theme = planned.NamesTheme ? session.Theme : null,
            Description = planned.NamesTheme ? session.Description : null,
            Residents = planned.Residents,
            Organisation = organisation,
        };
        await mail.SendAsync(template, model, [planned.To], WmkCultures.Dutch, ct);
    }

    public Task SendLaundryWeekAsync(string to, string name, Location location, IReadOnlyList<DateOnly> days, string organisation, CancellationToken ct) =>
        mail.SendAsync(LaundryWeek, new
        {
            Name = name,
            Place = location.Name,
            Address = location.Address,
            Days = days.Select(Day).ToList(),
            Opens = location.LaundryOpens?.ToString("HH:mm", WmkCultures.Dutch),
            Closes = location.LaundryCloses?.ToString("HH:mm", WmkCultures.Dutch),
            SlotMinutes = location.SlotMinutes,
            Organisation = organisation,
        }, [to], WmkCultures.Dutch, ct);

    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", WmkCultures.Dutch);

    public static void Register(IServiceCollection services)
    {
        foreach (var template in Templates)
        {
            var file = template["GroupMeetings.".Length..];
            foreach (var part in new[] { ".Subject", ".Body" })
            {
                services.AddWmkTemplate(new TemplateDefinition(template + part)
                    .WithEmbedded("nl-BE", typeof(InvitationMails).Assembly, Resource(file + part + "_nl-BE.sbn"))
                    .WithEmbedded(null, typeof(InvitationMails).Assembly, Resource(file + part + ".sbn")));
            }
        }

        services.AddScoped<InvitationMails>();
    }

    private static string Resource(string file) => "Wmk.GroupMeetings.Features.Invitations.Templates." + file;
}
