using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Ending.Notices;

namespace Wmk.Guidance.Tests.Ending;

public sealed class NoticeRulesTests
{
    [Theory]
    [InlineData("2027-05-31", 3, "2027-02-28")]
    [InlineData("2028-05-31", 3, "2028-02-29")]
    [InlineData("2027-06-30", 3, "2027-03-30")]
    [InlineData("2027-03-31", 1, "2027-02-28")]
    [InlineData("2028-03-31", 1, "2028-02-29")]
    [InlineData("2027-02-28", 3, "2026-11-28")]
    [InlineData("2027-01-15", 3, "2026-10-15")]
    [InlineData("2027-02-15", 3, "2026-11-15")]
    public void A_notice_is_due_the_same_day_of_the_month_earlier_or_that_months_last_day(string end, int months, string expected) =>
        NoticeRules.DueOn(DateOnly.Parse(end), months).ShouldBe(DateOnly.Parse(expected));

    [Fact]
    public void Every_contract_end_with_a_notice_due_falls_inside_the_window_the_daily_run_reads()
    {
        var dueSeen = 0;
        for (var today = new DateOnly(2026, 11, 1); today <= new DateOnly(2028, 12, 31); today = today.AddDays(1))
        {
            var latest = NoticeRules.LatestEndWithNoticeDue(today, 3);
            for (var end = today; end <= today.AddMonths(4); end = end.AddDays(1))
            {
                var due = NoticeRules.Due(end, today, 3, 1).Count > 0;
                (due && end > latest).ShouldBeFalse($"end {end}, run on {today}, window up to {latest}");
                dueSeen += due ? 1 : 0;
            }
        }

        dueSeen.ShouldBeGreaterThan(1_000);
        NoticeRules.LatestEndWithNoticeDue(new DateOnly(2027, 2, 28), 3).ShouldBe(new DateOnly(2027, 5, 31));
        NoticeRules.Due(new DateOnly(2027, 5, 31), new DateOnly(2027, 2, 28), 3, 1).ShouldNotBeEmpty();
    }

    [Fact]
    public void Nothing_is_due_before_the_notice_day()
    {
        NoticeRules.Due(new DateOnly(2027, 5, 31), new DateOnly(2027, 2, 27), 3, 1).ShouldBeEmpty();
    }

    [Fact]
    public void The_termination_notice_is_due_from_its_day_and_the_reminder_from_its_own()
    {
        var end = new DateOnly(2027, 5, 31);

        NoticeRules.Due(end, new DateOnly(2027, 2, 28), 3, 1).ShouldBe([(NoticeKind.Termination, new DateOnly(2027, 2, 28))]);
        NoticeRules.Due(end, new DateOnly(2027, 4, 29), 3, 1).ShouldBe([(NoticeKind.Termination, new DateOnly(2027, 2, 28))]);
        NoticeRules.Due(end, new DateOnly(2027, 4, 30), 3, 1)
            .ShouldBe([(NoticeKind.Termination, new DateOnly(2027, 2, 28)), (NoticeKind.Reminder, new DateOnly(2027, 4, 30))]);
    }

    [Fact]
    public void A_late_run_catches_up_until_the_contract_end_but_never_after_it()
    {
        var end = new DateOnly(2027, 5, 31);

        NoticeRules.Due(end, end, 3, 1).Count.ShouldBe(2);
        NoticeRules.Due(end, end.AddDays(1), 3, 1).ShouldBeEmpty();
    }

    [Fact]
    public void A_setting_of_zero_months_switches_that_notice_off()
    {
        NoticeRules.Due(new DateOnly(2027, 5, 31), new DateOnly(2027, 5, 30), 3, 0).ShouldBe([(NoticeKind.Termination, new DateOnly(2027, 2, 28))]);
    }

    [Theory]
    [InlineData(" rr 123-456-789 be ", true)]
    [InlineData("RR123456789BE", true)]
    [InlineData("1234567", false)]
    [InlineData("RR12345678€BE", false)]
    [InlineData("  ", false)]
    public void A_tracking_number_has_8_to_30_letters_and_digits(string tracking, bool valid)
    {
        var today = new DateOnly(2027, 3, 1);

        LetterRules.Check(today, tracking, today, today).Count.ShouldBe(valid ? 0 : 1);
    }

    [Fact]
    public void A_tracking_number_is_kept_in_capitals_without_spaces()
    {
        LetterRules.CleanTracking(" rr 123-456-789 be ").ShouldBe("RR123456789BE");
    }

    [Fact]
    public void A_letter_is_sent_between_the_notice_and_today()
    {
        var notice = new DateOnly(2027, 2, 28);
        var today = new DateOnly(2027, 3, 2);

        LetterRules.Check(today.AddDays(1), "RR123456789BE", notice, today).ShouldHaveSingleItem().Key.ShouldBe("Letter:InFuture");
        LetterRules.Check(notice.AddDays(-1), "RR123456789BE", notice, today).ShouldHaveSingleItem().Key.ShouldBe("Letter:BeforeNotice");
        LetterRules.Check(null, "RR123456789BE", notice, today).ShouldHaveSingleItem().Key.ShouldBe("Letter:SentOnRequired");
    }
}
