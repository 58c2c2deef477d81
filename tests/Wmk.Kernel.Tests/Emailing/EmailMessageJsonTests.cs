using Wmk.Kernel.Emailing;

namespace Wmk.Kernel.Tests.Emailing;

public sealed class EmailMessageJsonTests
{
    [Fact]
    public void A_message_round_trips_through_json()
    {
        var message = new EmailMessage(
            ["Ann Peeters <ann@example.be>", "bob@example.be"],
            "Huur maart: € 1.288,46",
            "<p>Beste Ann,</p>",
            "Beste Ann,",
            ["cc@example.be"],
            "kantoor@example.be");

        var back = EmailMessageJson.Deserialize(EmailMessageJson.Serialize(message));

        back.To.ShouldBe(message.To);
        back.Subject.ShouldBe(message.Subject);
        back.HtmlBody.ShouldBe(message.HtmlBody);
        back.TextBody.ShouldBe(message.TextBody);
        back.Cc.ShouldBe(message.Cc);
        back.ReplyTo.ShouldBe(message.ReplyTo);
    }

    [Fact]
    public void Optional_parts_stay_empty_after_a_round_trip()
    {
        var back = EmailMessageJson.Deserialize(EmailMessageJson.Serialize(new EmailMessage(["a@example.be"], "S", "<p/>")));

        back.TextBody.ShouldBeNull();
        back.Cc.ShouldBeNull();
        back.ReplyTo.ShouldBeNull();
    }
}
