namespace Wmk.GroupMeetings.Features.Reports;

internal sealed record SessionAttendanceRow(Guid SessionId, DateOnly Date, string Location, string Theme, int Present, int Excused, int Absent);

internal sealed record ResidentAttendanceRow(Guid ResidentId, string Name, int Present, int Excused, int Absent);

internal sealed record ThemeRow(string Theme, int Sessions, IReadOnlyList<string> Locations);

internal sealed record LaundryUseRow(string Location, int Month, int Bookings, int NoShows, int Residents);

/// <summary>The year's figures: attendance per session and per resident, themes covered, laundry use per location and month.</summary>
internal sealed record MeetingsReport(
    int Year, IReadOnlyList<SessionAttendanceRow> Sessions, IReadOnlyList<ResidentAttendanceRow> Residents, IReadOnlyList<ThemeRow> Themes,
    IReadOnlyList<LaundryUseRow> Laundry);

internal sealed record CsvFile(string FileName, byte[] Content);
