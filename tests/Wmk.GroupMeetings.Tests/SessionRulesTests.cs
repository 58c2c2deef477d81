using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Sessions;

namespace Wmk.GroupMeetings.Tests;

public sealed class SessionRulesTests
{
    private static readonly SessionInput Good = new(Guid.NewGuid(), new(2026, 12, 15), new(18, 0), new(21, 0), "Budget", null);

    [Fact]
    public void A_session_with_location_date_evening_and_theme_is_valid()
    {
        SessionRules.Check(Good).ShouldBeEmpty();
    }

    [Fact]
    public void A_session_without_location_or_with_an_end_before_its_start_gets_every_message()
    {
        var keys = SessionRules.Check(Good with { LocationId = null, StartsAt = new(21, 0), EndsAt = new(18, 0), Theme = " " }).Select(e => e.Key);

        keys.ShouldBe(["Session:LocationRequired", "Session:EndBeforeStart", "Session:ThemeRequired"]);
        SessionRules.Check(Good with { LocationId = Guid.Empty }).Single().Key.ShouldBe("Session:LocationRequired");
    }

    [Fact]
    public void Attendance_is_recorded_from_the_session_day_for_residents_of_the_neighbourhood_only()
    {
        var resident = Guid.NewGuid();
        var known = new HashSet<Guid> { resident };
        AttendanceMark[] marks = [new(resident, AttendanceStatus.Absent)];

        SessionRules.CheckAttendance(new(2026, 12, 15), new(2026, 12, 15), marks, known).ShouldBeEmpty();
        SessionRules.CheckAttendance(new(2026, 12, 15), new(2026, 12, 14), marks, known).Single().Key.ShouldBe("Attendance:BeforeSession");
        SessionRules.CheckAttendance(new(2026, 12, 15), new(2026, 12, 16), [new(Guid.NewGuid(), AttendanceStatus.Present)], known)
            .Single().Key.ShouldBe("Attendance:UnknownResident");
        SessionRules.CheckAttendance(new(2026, 12, 15), new(2026, 12, 16), [], known).Single().Key.ShouldBe("Attendance:Empty");
    }

    [Fact]
    public void A_unit_belongs_to_the_neighbourhood_of_its_district_whatever_the_case_or_spaces()
    {
        LocationRules.InNeighbourhood(" merksem", "Merksem ").ShouldBeTrue();
        LocationRules.InNeighbourhood("Deurne", "Merksem").ShouldBeFalse();
    }
}
