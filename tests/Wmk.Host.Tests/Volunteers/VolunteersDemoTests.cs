using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Startup;
using Wmk.Testing;
using Wmk.Volunteers.Features.Duos;
using Wmk.Volunteers.Features.Intake;

namespace Wmk.Host.Tests.Volunteers;

public sealed class VolunteersDemoTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_demo_has_four_volunteers_and_the_demo_volunteer_sees_his_running_duo_even_when_seeded_twice(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var seeder = host.Services.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync(CancellationToken.None);
        await seeder.SeedAsync(CancellationToken.None);
        var staff = host.CreateClient();
        (await staff.SignInAsync("coordinator@demo.wmk.example", DemoSeeder.Password, DemoSeeder.Slug)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var volunteer = host.CreateClient();
        (await volunteer.SignInAsync("vrijwilliger@demo.wmk.example", DemoSeeder.Password, DemoSeeder.Slug)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var people = (await staff.GetFromJsonAsync<List<VolunteerRow>>("/api/v1/volunteers/people"))!;
        var trajects = (await staff.GetFromJsonAsync<List<TrajectRow>>("/api/v1/volunteers/trajects"))!;
        var mine = (await volunteer.GetFromJsonAsync<List<MyDuoRow>>("/api/v1/volunteers/my-duos"))!;

        people.Count.ShouldBe(4);
        people.Count(p => p.Status == "Active").ShouldBe(3);
        trajects.Single().Volunteer.ShouldBe("Pieter Vrijwilliger");
        var duo = (await volunteer.GetFromJsonAsync<DuoView>($"/api/v1/volunteers/my-duos/{mine.Single().Id}"))!;
        (duo.Status, duo.Tasks.Count, duo.Hours).ShouldBe(("Active", 2, 3.5m));
        (await volunteer.GetAsync("/api/v1/volunteers/people")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
