using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Demo;

/// <summary>
/// Fictional volunteers: Pieter (the demo volunteer account) in a duo with the first current resident, two more after
/// intake (one an intern), and one fresh sign-up. Runs after the guidance demo data; nothing happens when volunteers exist.
/// </summary>
internal sealed class VolunteersDemoData(VolunteersDbContext db, IResidents residents, IMemberDirectory members, TimeProvider clock) : IDemoDataContributor
{
    public async Task SeedDemoAsync(CancellationToken cancellationToken)
    {
        if (await db.Volunteers.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = clock.Today();
        var signedUp = clock.GetUtcNow().UtcDateTime.AddDays(-60);
        var evenings = Availability.From([Availability.Slot(1, 2), Availability.Slot(3, 2), Availability.Slot(5, 1)]);
        var pieter = Person("Pieter", "Vrijwilliger", "vrijwilliger@demo.wmk.example", "Merksem", evenings, signedUp, today.AddDays(-50));
        pieter.AccountId = (await members.FindByEmailAsync(pieter.Email, cancellationToken))?.AccountId;
        pieter.InvitedOn = today.AddDays(-49);
        var fatima = Person("Fatima", "Helpt (demo)", "fatima.demo@vrijwilligers.example", "Deurne", Availability.From([0, 1, 3, 4]), signedUp, today.AddDays(-40));
        var lotte = Person("Lotte", "Stagiair (demo)", "lotte.demo@hogeschool.example", "Wilrijk", Availability.From([6, 7, 9, 10]), signedUp, today.AddDays(-30));
        (lotte.Kind, lotte.HoursTarget) = (VolunteerKind.Intern, 40);
        var new1 = Person("Youssef", "Nieuw (demo)", "youssef.demo@vrijwilligers.example", "Merksem", evenings, clock.GetUtcNow().UtcDateTime.AddDays(-2), null);
        db.Volunteers.AddRange(pieter, fatima, lotte, new1);
        db.Activities.AddRange(
            new VolunteerActivity { VolunteerId = fatima.Id, Kind = ActivityKind.GiveAwayCorner, On = today.AddDays(-20), Hours = 3m },
            new VolunteerActivity { VolunteerId = lotte.Id, Kind = ActivityKind.WoonclubHelp, On = today.AddDays(-14), Hours = 2.5m, Note = "Hielp koken." },
            new VolunteerActivity { VolunteerId = lotte.Id, Kind = ActivityKind.Internship, On = today.AddDays(-7), Hours = 6m });

        if ((await residents.ListAsync(new ResidentQuery(CurrentOnly: true), cancellationToken)).FirstOrDefault() is { } resident)
        {
            var start = today.AddDays(-21);
            var duo = new DuoTraject
            {
                ResidentId = resident.ResidentId, RequestedOn = start.AddDays(-5), Area = "Merksem", Availability = evenings, Status = DuoStatus.Active,
                VolunteerId = pieter.Id, StartedOn = start, RequestNote = "Zoekt een studio; vraagt hulp bij het bellen van verhuurders.",
            };
            db.Trajects.Add(duo);
            db.Proposals.Add(new DuoProposal
            {
                TrajectId = duo.Id, VolunteerId = pieter.Id, ProposedOn = start.AddDays(-2), AnswerBy = start.AddDays(5), Answer = ProposalAnswer.Accepted, AnsweredOn = start,
            });
            db.Tasks.AddRange(
                new DuoTask { TrajectId = duo.Id, Kind = DuoTaskKind.SearchOnline, AgreedOn = start },
                new DuoTask { TrajectId = duo.Id, Kind = DuoTaskKind.CallOwnerOrAgency, Description = "Samen drie verhuurkantoren bellen.", AgreedOn = start });
            db.Contacts.AddRange(
                new DuoContact { TrajectId = duo.Id, On = start.AddDays(2), Hours = 1.5m, Note = "Kennismaking en zoekprofiel opgesteld." },
                new DuoContact { TrajectId = duo.Id, On = start.AddDays(9), Hours = 2m, Note = "Twee studio's bezocht in Merksem." });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Volunteer Person(string first, string last, string email, string area, int availability, DateTime signedUp, DateOnly? intake) => new()
    {
        FirstName = first, LastName = last, Email = email, Area = area, Availability = availability, SignedUpAt = signedUp, ConsentedAt = signedUp,
        HeardVia = HeardVia.Neighbourhood, Interests = "Huizenzoektocht, Woonclub", Status = intake is null ? VolunteerStatus.SignedUp : VolunteerStatus.Active,
        IntakeOn = intake, WelcomePackSentOn = intake, Trainings = intake is null ? null : "Onthaalvorming",
    };
}
