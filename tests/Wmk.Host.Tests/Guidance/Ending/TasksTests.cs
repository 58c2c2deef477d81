using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Features.Ending;
using Wmk.Guidance.Features.Ending.Notices;
using Wmk.Guidance.Features.Ending.Tasks;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Ending;

/// <summary>The scheduler's tasks and "to do this week" per role.</summary>
public sealed class TasksTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_see_every_task_of_the_week_and_a_counsellor_only_those_about_their_own_clients(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var today = host.Clock.Today();
        var email = $"c-{Guid.NewGuid():N}@kiosk.test";
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IAccountProvisioning>()
            .EnsureMemberAsync(email, TestTenant.Password, "Consulent", [WmkRoles.PartnerCounsellor]));
        var counsellor = (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IMemberDirectory>().FindByEmailAsync(email)))!.AccountId;
        var (own, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(3), counsellor));
        var (ending, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today));

        await EndingSeed.RunDailyJobAsync(host, tenant);
        await EndingSeed.RunDailyJobAsync(host, tenant);

        var staff = await AdminHttp.AdminOfAsync(host, tenant);
        var all = (await staff.GetFromJsonAsync<TaskList>("/api/v1/guidance/tasks"))!;
        all.Tasks.Select(t => (t.Kind, t.ResidentId)).ShouldBe(
            [(EndingDueWork.Exit, ending), (EndingDueWork.Letter, ending), (EndingDueWork.Letter, own)], ignoreOrder: true);
        all.Tasks.ShouldAllBe(t => t.DueOn == today && !t.Overdue);
        all.Tasks.Single(t => t.Kind == EndingDueWork.Exit).Link.ShouldBe($"/guidance/residents/{ending}/exit");
        all.Tasks.Single(t => t.Kind == EndingDueWork.Exit).Text.ShouldBe("Uitstroom afronden");
        var mine = (await (await AdminHttp.SignedInAsync(host, email, tenant.Slug)).GetFromJsonAsync<TaskList>("/api/v1/guidance/tasks"))!;
        mine.Tasks.ShouldHaveSingleItem().ResidentId.ShouldBe(own);
        mine.Tasks.Single().Person.ShouldStartWith("Sam Vertrek");
        var html = await staff.GetStringAsync("/guidance/tasks");
        html.ShouldContain("Te doen deze week");
        html.ShouldContain($"/guidance/residents/{own}/notices");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_sent_letter_closes_its_task_on_the_next_run_and_an_open_one_turns_overdue(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var today = host.Clock.Today();
        var (first, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(3)));
        var (second, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, today.AddMonths(3)));
        await EndingSeed.RunDailyJobAsync(host, tenant);
        var staff = await AdminHttp.AdminOfAsync(host, tenant);
        var notices = (await staff.GetFromJsonAsync<List<NoticeView>>($"/api/v1/guidance/residents/{first}/notices"))!;

        var bad = await staff.PostAsJsonAsync($"/api/v1/guidance/notices/{notices.Single().Id}/letter", new LetterInput(today.AddDays(1), "12"));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("volgnummer");
        var sent = await (await staff.PostAsJsonAsync($"/api/v1/guidance/notices/{notices.Single().Id}/letter",
            new LetterInput(today, "rr 123 456 789 be"))).ReadAsync<NoticeView>();
        sent.TrackingNumber.ShouldBe("RR123456789BE");
        EndingSeed.MoveTo(host, today.AddDays(1));
        await EndingSeed.RunDailyJobAsync(host, tenant);
        staff = await AdminHttp.AdminOfAsync(host, tenant); // the session of yesterday has expired

        var list = (await staff.GetFromJsonAsync<TaskList>("/api/v1/guidance/tasks"))!;
        list.Tasks.ShouldHaveSingleItem().ResidentId.ShouldBe(second);
        list.Tasks.Single().Overdue.ShouldBeTrue();
        var closed = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<GuidanceDbContext>().Tasks.AsNoTracking()
            .SingleAsync(t => t.ResidentId == first));
        closed.ClosedOn.ShouldBe(today.AddDays(1));
        var again = await staff.PostAsJsonAsync($"/api/v1/guidance/notices/{notices.Single().Id}/letter", new LetterInput(today, "RR123456789BE"));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.GetStringAsync($"/guidance/residents/{first}/notices")).ShouldContain("RR123456789BE");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_group_worker_without_the_permission_gets_403(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = await HousingFollowUpApiTests.MemberAsync(host, tenant, WmkRoles.GroupWorker);

        (await client.GetAsync("/api/v1/guidance/tasks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
