using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Accounts;
using Wmk.Housing.Contracts;
using Wmk.Housing.Features.Contracts;
using Wmk.Kernel.Localization;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Ending;

/// <summary>The daily job's notices: 3 months and 1 month before the contract end, never twice, following extensions.</summary>
public sealed class ContractEndJobTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_notice_goes_3_months_before_and_the_reminder_1_month_before_by_real_smtp_and_never_twice(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var host = mail.Host;
        var tenant = await host.CreateTenantAsync();
        var end = host.Clock.Today().AddMonths(3).AddDays(1);
        var resident = $"r-{Guid.NewGuid():N}@bewoner.test";
        var counsellor = $"c-{Guid.NewGuid():N}@kiosk.test";
        var (id, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, end, null, resident, counsellor));

        await EndingSeed.RunDailyJobAsync(host, tenant);
        (await NoticesAsync(host, tenant, id)).ShouldBeEmpty();

        EndingSeed.MoveTo(host, end.AddMonths(-3));
        await EndingSeed.RunDailyJobAsync(host, tenant);
        await EndingSeed.RunDailyJobAsync(host, tenant);
        var termination = await mail.MailToAsync(resident);
        termination.Recipients.ShouldBe([resident, counsellor], ignoreOrder: true);
        termination.Message.Subject.ShouldBe($"Opzeg van je huurovereenkomst op {end:dd/MM/yyyy}");
        termination.Message.HtmlBody!.ShouldContain("aangetekende brief");
        termination.Message.HtmlBody!.ShouldContain(tenant.Info.Name);
        (await NoticesAsync(host, tenant, id)).ShouldBe([(NoticeKind.Termination, end)]);

        EndingSeed.MoveTo(host, end.AddMonths(-1));
        await EndingSeed.RunDailyJobAsync(host, tenant);
        await EndingSeed.RunDailyJobAsync(host, tenant);
        var reminder = await mail.MailToAsync(counsellor);
        reminder.Message.Subject.ShouldBe($"Herinnering: je huurovereenkomst loopt af op {end:dd/MM/yyyy}");
        reminder.Recipients.ShouldContain(resident);
        (await NoticesAsync(host, tenant, id)).ShouldBe([(NoticeKind.Termination, end), (NoticeKind.Reminder, end)]);
        (await mail.NoMailToAsync(resident, end.ToString("dd/MM/yyyy"))).ShouldBeTrue("each notice is e-mailed once: " + mail.UnreadSubjectsTo(resident));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_extension_in_housing_moves_the_contract_end_and_the_notices_follow_the_new_end(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var host = mail.Host;
        var tenant = await host.CreateTenantAsync();
        var end = host.Clock.Today().AddMonths(3);
        var resident = $"r-{Guid.NewGuid():N}@bewoner.test";
        var (id, contract) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, end, null, resident));
        await EndingSeed.RunDailyJobAsync(host, tenant);
        (await mail.MailToAsync(resident)).Message.Subject!.ShouldContain(end.ToString("dd/MM/yyyy"));

        var newEnd = end.AddMonths(2);
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            var info = (await sp.GetRequiredService<IOccupancy>().OfResidentsAsync([id])).Single();
            var handler = sp.GetRequiredService<ContractsHandler>();
            var stamp = (await handler.ListForUnitAsync(info.UnitId, default)).Single().ConcurrencyStamp;
            await handler.ExtendAsync(contract, new ExtendContractInput(newEnd, "Addendum uitzonderlijke verlenging", stamp), default);
        });
        await EndingSeed.RunDailyJobAsync(host, tenant);
        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<GuidanceDbContext>().Residents.SingleAsync(r => r.Id == id)))
            .ContractEnd.ShouldBe(newEnd);
        (await NoticesAsync(host, tenant, id)).ShouldBe([(NoticeKind.Termination, end)]);

        EndingSeed.MoveTo(host, newEnd.AddMonths(-3));
        await EndingSeed.RunDailyJobAsync(host, tenant);
        await EndingSeed.RunDailyJobAsync(host, tenant);
        (await mail.MailToAsync(resident)).Message.Subject!.ShouldContain(newEnd.ToString("dd/MM/yyyy"));
        (await NoticesAsync(host, tenant, id)).ShouldBe([(NoticeKind.Termination, end), (NoticeKind.Termination, newEnd)]);

        // Only the notice matters here: the finance jobs (fired by the moved clock) may write to the resident too.
        (await mail.NoMailToAsync(resident, newEnd.ToString("dd/MM/yyyy"))).ShouldBeTrue(mail.UnreadSubjectsTo(resident));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Without_any_address_the_notice_is_still_recorded_and_its_letter_is_to_send(DatabaseKind kind)
    {
        var host = (await hosts.GetAsync(kind)).Host;
        var tenant = await host.CreateTenantAsync();
        var end = host.Clock.Today().AddMonths(3);
        var (id, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, end));

        await EndingSeed.RunDailyJobAsync(host, tenant);

        var notice = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<GuidanceDbContext>().Notices.SingleAsync(n => n.ResidentId == id));
        notice.EmailedTo.ShouldBeNull();
        notice.LetterToSend.ShouldBeTrue();
        notice.CreatedOn.ShouldBe(host.Clock.Today());
    }

    private static async Task<List<(NoticeKind, DateOnly)>> NoticesAsync(WmkTestHost host, TestTenant tenant, Guid resident) =>
        [.. (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<GuidanceDbContext>().Notices.AsNoTracking()
            .Where(n => n.ResidentId == resident).ToListAsync()))
            .OrderBy(n => n.ContractEnd).ThenBy(n => n.Kind).Select(n => (n.Kind, n.ContractEnd))];
}
