using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Host.Tests.Guidance;
using Wmk.Kernel.Localization;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Features.Activities;
using Wmk.Volunteers.Features.Duos;
using Wmk.Volunteers.Features.Intake;
using Wmk.Volunteers.Features.SignUp;

namespace Wmk.Host.Tests.Volunteers;

/// <summary>Volunteers, trajects and their rows made through the module's handlers, inside the current tenant.</summary>
internal static class VolunteersSeed
{
    public static readonly IReadOnlyList<int> Evenings = [2, 5, 8];

    public static SignUpInput SignUp(string email, string first = "Vera") =>
        new(first, "Vrijwilliger", email, "0470 12 34 56", Evenings, "Merksem", "Zoeken naar een woning", "Flyer", true);

    /// <summary>A signed-up volunteer after intake (no account).</summary>
    public static async Task<Guid> VolunteerAsync(IServiceProvider sp, string? email = null)
    {
        email ??= $"vera-{Guid.NewGuid():N}@vrijwilligers.test";
        await sp.GetRequiredService<SignUpHandler>().SignUpAsync(SignUp(email), default);
        var id = await sp.GetRequiredService<VolunteersDbContext>().Volunteers.Where(v => v.Email == email).Select(v => v.Id).SingleAsync();
        var today = sp.GetRequiredService<TimeProvider>().Today();
        await sp.GetRequiredService<VolunteersHandler>().IntakeAsync(id, new IntakeInput(today, "Notities", null, null, null, today, "Volunteer", null, null), default);
        return id;
    }

    /// <summary>A current resident "Iso Latie" with an e-mail address.</summary>
    public static async Task<Guid> ResidentAsync(IServiceProvider sp, string email = "iso@bewoners.test")
    {
        var resident = await GuidanceSeed.ResidentAsync(sp);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var candidateId = await db.Residents.Where(r => r.Id == resident).Select(r => r.CandidateId).SingleAsync();
        (await db.Candidates.SingleAsync(c => c.Id == candidateId)).Email = email;
        await db.SaveChangesAsync();
        return resident;
    }

    public static async Task<Guid> TrajectAsync(IServiceProvider sp) =>
        await sp.GetRequiredService<TrajectsHandler>().RequestAsync(new RequestInput(await ResidentAsync(sp), null, "Merksem", Evenings, "Vraagt hulp."), default);

    public static async Task ProposalAsync(IServiceProvider sp)
    {
        var volunteer = await VolunteerAsync(sp);
        await sp.GetRequiredService<TrajectsHandler>().ProposeAsync(await TrajectAsync(sp), new ProposeInput(volunteer), default);
    }

    /// <summary>A running duo (accepted straight in the database: the answer belongs to the volunteer's account) with a task and a contact.</summary>
    public static async Task<Guid> RunningDuoAsync(IServiceProvider sp)
    {
        var volunteer = await VolunteerAsync(sp);
        var traject = await TrajectAsync(sp);
        var db = sp.GetRequiredService<VolunteersDbContext>();
        var duo = await db.Trajects.SingleAsync(t => t.Id == traject);
        var today = sp.GetRequiredService<TimeProvider>().Today();
        (duo.Status, duo.VolunteerId, duo.StartedOn) = (Wmk.Volunteers.Domain.DuoStatus.Active, volunteer, today);
        await db.SaveChangesAsync();
        var handler = sp.GetRequiredService<TrajectsHandler>();
        await handler.AddTaskAsync(traject, new TaskInput("SearchOnline", null), default);
        await handler.AddContactAsync(traject, new ContactInput(today, 1.5m, "Eerste afspraak"), default);
        return traject;
    }

    public static async Task ActivityAsync(IServiceProvider sp)
    {
        var volunteer = await VolunteerAsync(sp);
        var today = sp.GetRequiredService<TimeProvider>().Today();
        await sp.GetRequiredService<ActivitiesHandler>().AddAsync(volunteer, new ActivityInput("GiveAwayCorner", today, 2m, null), default);
    }
}
