using Wmk.Guidance.Contracts;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Notes;
using Wmk.Guidance.Features.Stay.Timeline;

namespace Wmk.Guidance.Tests.Stay;

public sealed class NoteAccessTests
{
    [Fact]
    public void Staff_read_staff_and_all_notes()
    {
        NoteAccess.Readable(isStaff: true, isClientsCounsellor: false).ShouldBe([NoteVisibility.Staff, NoteVisibility.All]);
    }

    [Fact]
    public void The_clients_counsellor_reads_counsellor_only_and_all_notes()
    {
        NoteAccess.Readable(isStaff: false, isClientsCounsellor: true).ShouldBe([NoteVisibility.CounsellorOnly, NoteVisibility.All]);
    }

    [Fact]
    public void Someone_neither_staff_nor_the_clients_counsellor_reads_nothing()
    {
        NoteAccess.Readable(false, false).ShouldBeEmpty();
    }

    [Fact]
    public void The_timeline_merges_by_date_keeping_the_order_of_the_sources_within_a_day()
    {
        var day = new DateOnly(2026, 6, 1);
        TimelineEntry[] entries = [new(day.AddDays(21), "Conversation", "b"), new(day, "Referral", "a"), new(day, "Start", "c")];

        TimelineMerge.Merge(entries).Select(e => e.Text).ShouldBe(["a", "c", "b"]);
    }
}
