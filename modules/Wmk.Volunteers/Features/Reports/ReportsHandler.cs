using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Localization;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Reports;

/// <summary>Hours of one month: in duos and per other activity.</summary>
internal sealed record HoursMonth(int Month, decimal Duo, IReadOnlyDictionary<string, decimal> Activities, decimal Total);

/// <summary>The volunteers report of a year: active people now, hours per month, trajects and their outcomes.</summary>
internal sealed record VolunteersReport(
    int Year, int ActiveVolunteers, int ActiveInterns, int AwaitingIntake, IReadOnlyList<HoursMonth> Months, decimal TotalHours,
    int Requested, int Started, int Ended, int ActiveTrajects, IReadOnlyDictionary<string, int> Outcomes);

/// <summary>A downloadable report.</summary>
internal sealed record ReportFile(string FileName, byte[] Content);

/// <summary>Counts for the coordinator and funders; no names leave this report.</summary>
internal sealed class ReportsHandler(VolunteersDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer<VolunteersResource> texts)
{
    public async Task<VolunteersReport> GetAsync(int? year, CancellationToken ct)
    {
        var y = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        var people = await db.Volunteers.AsNoTracking().Select(v => new { v.Status, v.Kind }).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.On >= from && c.On <= to).Select(c => new { c.On, c.Hours }).ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Where(a => a.On >= from && a.On <= to).Select(a => new { a.On, a.Hours, a.Kind }).ToListAsync(ct);
        var trajects = await db.Trajects.AsNoTracking().ToListAsync(ct);
        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var duo = contacts.Where(c => c.On.Month == m).Sum(c => c.Hours);
            var other = Enum.GetValues<ActivityKind>().ToDictionary(k => k.ToString(), k => activities.Where(a => a.On.Month == m && a.Kind == k).Sum(a => a.Hours));
            return new HoursMonth(m, duo, other, duo + other.Values.Sum());
        }).ToList();
        var ended = trajects.Where(t => t.EndedOn?.Year == y).ToList();
        return new VolunteersReport(
            y, people.Count(p => p.Status == VolunteerStatus.Active && p.Kind == VolunteerKind.Volunteer),
            people.Count(p => p.Status == VolunteerStatus.Active && p.Kind == VolunteerKind.Intern), people.Count(p => p.Status == VolunteerStatus.SignedUp),
            months, months.Sum(m => m.Total), trajects.Count(t => t.RequestedOn.Year == y), trajects.Count(t => t.StartedOn?.Year == y), ended.Count,
            trajects.Count(t => t.Status == DuoStatus.Active),
            Enum.GetValues<DuoOutcome>().ToDictionary(o => o.ToString(), o => ended.Count(t => t.Outcome == o)));
    }

    public async Task<ReportFile> HoursCsvAsync(int? year, CancellationToken ct)
    {
        var report = await GetAsync(year, ct);
        var kinds = Enum.GetValues<ActivityKind>().Select(k => k.ToString()).ToList();
        var names = CultureInfo.CurrentUICulture.DateTimeFormat;
        List<IEnumerable<string>> rows =
        [
            [texts["Reports:Month"], texts["Reports:DuoHours"], .. kinds.Select(k => texts["Activity:" + k].Value), texts["Reports:Total"]],
            .. report.Months.Select(m => (IEnumerable<string>)
                [names.GetMonthName(m.Month), VolunteerCsv.Hours(m.Duo), .. kinds.Select(k => VolunteerCsv.Hours(m.Activities[k])), VolunteerCsv.Hours(m.Total)]),
            [texts["Reports:Total"], VolunteerCsv.Hours(report.Months.Sum(m => m.Duo)),
                .. kinds.Select(k => VolunteerCsv.Hours(report.Months.Sum(m => m.Activities[k]))), VolunteerCsv.Hours(report.TotalHours)],
        ];
        return await FileAsync("Hours", report.Year, rows, ct);
    }

    public async Task<ReportFile> TrajectsCsvAsync(int? year, CancellationToken ct)
    {
        var r = await GetAsync(year, ct);
        List<IEnumerable<string>> rows =
        [
            [texts["Reports:Figure"], texts["Reports:Value"]],
            [texts["Reports:ActiveVolunteers"], VolunteerCsv.Count(r.ActiveVolunteers)],
            [texts["Reports:ActiveInterns"], VolunteerCsv.Count(r.ActiveInterns)],
            [texts["Reports:AwaitingIntake"], VolunteerCsv.Count(r.AwaitingIntake)],
            [texts["Reports:Requested"], VolunteerCsv.Count(r.Requested)],
            [texts["Reports:Started"], VolunteerCsv.Count(r.Started)],
            [texts["Reports:Ended"], VolunteerCsv.Count(r.Ended)],
            [texts["Reports:ActiveTrajects"], VolunteerCsv.Count(r.ActiveTrajects)],
            .. r.Outcomes.Select(o => (IEnumerable<string>)[texts["Outcome:" + o.Key], VolunteerCsv.Count(o.Value)]),
        ];
        return await FileAsync("Trajects", r.Year, rows, ct);
    }

    private async Task<ReportFile> FileAsync(string report, int year, IEnumerable<IEnumerable<string>> rows, CancellationToken ct)
    {
        await audit.RecordAsync(AuditAction.Export, "VolunteersReport", report, $"{report} {year} (csv)", ct);
        return new ReportFile($"{texts["Reports:File:" + report]}-{year.ToString(CultureInfo.InvariantCulture)}.csv", VolunteerCsv.Write(rows));
    }
}
