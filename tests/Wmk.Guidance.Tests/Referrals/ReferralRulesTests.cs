using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Referrals.Refer;

namespace Wmk.Guidance.Tests.Referrals;

public sealed class ReferralRulesTests
{
    private static readonly ReferralLimits Limits = new(17, 25, 2);
    private static readonly DateOnly Referred = new(2026, 11, 26);

    private static ReferralInput Input(DateOnly birth, DateOnly? guidance = null, DateOnly? start = null) => new(
        "Yasmine", "Dewaele", birth, Gender.Female, null, "Sara", "sara@caw.test", null, null, HousingPreference.Solo,
        guidance ?? new DateOnly(2026, 9, 1), start ?? new DateOnly(2027, 1, 4), null);

    private static string[] Keys(ReferralInput input, DateOnly? referred = null) =>
        [.. ReferralRules.Check(input, referred ?? Referred, Limits).Select(e => e.Key)];

    [Theory]
    [InlineData("2009-01-04", "2026-01-03", 16)]
    [InlineData("2009-01-04", "2026-01-04", 17)]
    [InlineData("2001-01-04", "2027-01-03", 25)]
    [InlineData("2001-01-04", "2027-01-04", 26)]
    [InlineData("2008-02-29", "2025-02-28", 16)]
    [InlineData("2008-02-29", "2025-03-01", 17)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("2008-02-29", "2028-02-28", 19)]
    [InlineData("2008-12-31", "2025-12-30", 16)]
    [InlineData("2008-12-31", "2025-12-31", 17)]
    public void Age_counts_whole_years_and_a_29_february_birthday_falls_on_1_march_in_a_common_year(string birth, string on, int age) =>
        ReferralRules.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(on)).ShouldBe(age);

    [Theory]
    [InlineData("2008-02-29", 17, "2025-03-01")]
    [InlineData("2008-02-29", 20, "2028-02-29")]
    [InlineData("2000-01-31", 26, "2026-01-31")]
    public void A_birthday_is_the_same_day_except_29_february_in_a_common_year(string birth, int age, string expected) =>
        ReferralRules.Birthday(DateOnly.Parse(birth), age).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2010-01-04", true)] // 17th birthday on the expected start
    [InlineData("2010-01-05", false)] // one day short of 17
    [InlineData("2001-01-05", true)] // the day before the 26th birthday
    [InlineData("2001-01-04", false)] // the 26th birthday itself
    [InlineData("1986-06-15", false)] // a 40-year-old
    public void The_age_at_the_expected_start_is_from_the_17th_birthday_to_the_day_before_the_26th(string birth, bool eligible)
    {
        var keys = Keys(Input(DateOnly.Parse(birth)));

        keys.Contains("Referral:AgeOutOfRange").ShouldBe(!eligible);
    }

    [Theory]
    [InlineData("2025-03-01", true)]
    [InlineData("2025-02-28", false)]
    [InlineData("2034-02-28", true)] // the day before the 26th birthday (01/03/2034)
    [InlineData("2034-03-01", false)]
    public void A_candidate_born_on_29_february_turns_17_and_26_on_1_march_of_a_common_year(string start, bool eligible)
    {
        var startOn = DateOnly.Parse(start);
        var input = Input(new DateOnly(2008, 2, 29), startOn.AddMonths(-6), startOn);

        Keys(input, startOn.AddMonths(-1)).Contains("Referral:AgeOutOfRange").ShouldBe(!eligible);
    }

    [Fact]
    public void A_birth_date_in_the_future_is_refused_with_its_date_and_no_age_message()
    {
        var errors = ReferralRules.Check(Input(Referred.AddDays(1)), Referred, Limits);

        errors.Select(e => e.Key).ShouldContain("Referral:BirthDateInFuture");
        errors.Select(e => e.Key).ShouldNotContain("Referral:AgeOutOfRange");
        errors.Single(e => e.Key == "Referral:BirthDateInFuture").ToString().ShouldBe("Referral:BirthDateInFuture(27/11/2026)");
    }

    [Theory]
    [InlineData("2026-09-26", "2026-11-26", true)] // exactly two months
    [InlineData("2026-09-27", "2026-11-26", false)] // one day short
    [InlineData("2025-12-31", "2026-02-28", true)] // a month end clamps: 31/12 + 2 months = 28/02
    [InlineData("2025-12-31", "2026-02-27", false)]
    [InlineData("2023-12-31", "2024-02-29", true)] // leap year: 31/12 + 2 months = 29/02
    [InlineData("2023-12-31", "2024-02-28", false)]
    [InlineData("2024-02-29", "2024-04-29", true)]
    [InlineData("2024-02-29", "2024-04-28", false)]
    [InlineData("2026-12-01", "2026-11-26", false)] // guidance that starts in the future
    public void The_guidance_must_have_run_the_minimum_months_at_the_referral_date(string guidance, string referred, bool enough)
    {
        var referredOn = DateOnly.Parse(referred);
        var keys = Keys(Input(new DateOnly(2005, 5, 5), DateOnly.Parse(guidance), referredOn.AddDays(30)), referredOn);

        keys.Contains("Referral:GuidanceTooShort").ShouldBe(!enough);
    }

    [Fact]
    public void Too_short_guidance_names_the_day_it_is_long_enough()
    {
        var error = ReferralRules.Check(Input(new DateOnly(2005, 5, 5), new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 1)),
            new DateOnly(2026, 2, 1), Limits).Single();

        error.ToString().ShouldBe("Referral:GuidanceTooShort(31/12/2025, 2, 01/02/2026, 28/02/2026)");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void The_expected_start_may_not_lie_before_the_referral_date(int days, bool allowed) =>
        Keys(Input(new DateOnly(2005, 5, 5), start: Referred.AddDays(days))).Contains("Referral:StartBeforeReferral").ShouldBe(!allowed);

    [Fact]
    public void Every_broken_rule_is_reported_together()
    {
        var input = new ReferralInput(" ", new string('x', 101), new DateOnly(1986, 6, 15), (Gender)9, null, null, null, null, null,
            (HousingPreference)0, Referred, Referred.AddDays(-1), new string('n', 4001));

        Keys(input).ShouldBe([
            "Referral:FirstNameRequired", "Referral:LastNameRequired", "Referral:AgeOutOfRange", "Referral:GuidanceTooShort",
            "Referral:StartBeforeReferral", "Referral:GenderInvalid", "Referral:PreferenceInvalid", "Referral:NotesTooLong"]);
    }

    [Fact]
    public void A_valid_referral_has_no_errors() => Keys(Input(new DateOnly(2005, 5, 5))).ShouldBeEmpty();

    [Theory]
    [InlineData("Sara", "sara@caw.test", null, new string[0])]
    [InlineData("Sara", null, "03 123 45 67", new string[0])]
    [InlineData(null, null, null, new[] { "Referral:CounsellorNameRequired", "Referral:CounsellorContactRequired" })]
    [InlineData("Sara", "geen-mail", "abc", new[] { "Referral:CounsellorEmailInvalid", "Referral:CounsellorPhoneInvalid" })]
    public void Staff_give_the_counsellors_name_and_a_way_to_reach_them(string? name, string? email, string? phone, string[] expected) =>
        ReferralRules.CheckCounsellor(name, email, phone).Select(e => e.Key).ShouldBe(expected);

    [Theory]
    [InlineData("Yasmine", "Dewaele", " yasmine ", "DEWAELE")]
    [InlineData("Zoë", "Çelik", "Zoe", "celik")]
    [InlineData("Jean  Pierre", "Van den Bossche", "jean pierre", "van den  bossche")]
    [InlineData("Élodie", "Moreau", "ELODIE", "moreau ")]
    public void The_duplicate_name_key_ignores_case_accents_and_extra_spaces(string first, string last, string otherFirst, string otherLast) =>
        ReferralRules.NameKey(first, last).ShouldBe(ReferralRules.NameKey(otherFirst, otherLast));

    [Fact]
    public void Different_names_have_different_keys() =>
        ReferralRules.NameKey("Yasmine", "Dewaele").ShouldNotBe(ReferralRules.NameKey("Yasmina", "Dewaele"));

    [Theory]
    [InlineData("Waiting", false, true)]
    [InlineData("Invited", false, true)]
    [InlineData("OnHold", false, true)]
    [InlineData("Accepted", false, true)]
    [InlineData("Started", false, true)]
    [InlineData("Started", true, false)]
    [InlineData("Withdrawn", false, false)]
    [InlineData("NotAccepted", false, false)]
    public void A_candidate_is_active_until_withdrawn_not_accepted_or_gone_after_the_stay(string status, bool left, bool active) =>
        ReferralRules.IsActive(Enum.Parse<CandidateStatus>(status), left).ShouldBe(active);
}
