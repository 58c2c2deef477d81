using Wmk.Testing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Emailing;

public sealed class SmtpDeliveryTests
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private static readonly Guid TenantC = Guid.NewGuid();

    [Fact]
    public async Task A_mail_sent_through_smtp_arrives_with_its_recipients_subject_and_body()
    {
        await using var server = await SmtpTestServer.StartAsync();
        await using var kernel = await EmailHarness.StartAsync(server);

        await SendAsync(kernel, TenantA, new EmailMessage(
            ["Ann Peeters <ann@example.be>", "bob@example.be"], "Huur maart: € 1.288,46", "<p>Beste Ann</p>", "Beste Ann",
            ["cc@example.be"], "kantoor@example.be"));

        var mail = await server.NextMailAsync();
        mail.Recipients.ShouldBe(["ann@example.be", "bob@example.be", "cc@example.be"], ignoreOrder: true);
        mail.Message.Subject.ShouldBe("Huur maart: € 1.288,46");
        mail.Message.HtmlBody.ShouldNotBeNull().ShouldContain("<p>Beste Ann</p>");
        mail.Message.TextBody.ShouldNotBeNull().Trim().ShouldBe("Beste Ann");
        mail.Message.From.Mailboxes.Single().ShouldSatisfyAllConditions(
            f => f.Address.ShouldBe("info@wmk.test"), f => f.Name.ShouldBe("Woonkans"));
        mail.Message.To.Mailboxes.Select(m => m.Address).ShouldBe(["ann@example.be", "bob@example.be"]);
        mail.Message.Cc.Mailboxes.Single().Address.ShouldBe("cc@example.be");
        mail.Message.ReplyTo.Mailboxes.Single().Address.ShouldBe("kantoor@example.be");
        server.LoginAttempts.ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_tenant_own_smtp_server_gets_its_mail_and_never_the_host_credentials()
    {
        await using var hostServer = await SmtpTestServer.StartAsync();
        await using var serverA = await SmtpTestServer.StartAsync();
        await using var serverB = await SmtpTestServer.StartAsync();
        await using var kernel = await EmailHarness.StartAsync(hostServer, "host-user", "host-secret");
        await UseOwnServerAsync(kernel, TenantA, serverA, "a-user", "a-secret");
        await UseOwnServerAsync(kernel, TenantB, serverB, null, null);

        await SendAsync(kernel, TenantA, Mail("voor A"));
        await SendAsync(kernel, TenantB, Mail("voor B"));
        await SendAsync(kernel, TenantC, Mail("voor C"));

        (await serverA.NextMailAsync()).Message.Subject.ShouldBe("voor A");
        (await serverB.NextMailAsync()).Message.Subject.ShouldBe("voor B");
        (await hostServer.NextMailAsync()).Message.Subject.ShouldBe("voor C");
        serverA.HasUnreadMail.ShouldBeFalse();
        serverB.HasUnreadMail.ShouldBeFalse();
        hostServer.HasUnreadMail.ShouldBeFalse();
        serverA.LoginAttempts.ShouldBe(["a-user:a-secret"]);
        serverB.LoginAttempts.ShouldBeEmpty();
        hostServer.LoginAttempts.ShouldBe(["host-user:host-secret"]);
    }

    [Fact]
    public async Task Without_an_smtp_host_the_mail_lands_as_a_parsable_eml_file_in_the_pickup_folder()
    {
        await using var kernel = await EmailHarness.StartAsync();

        await SendAsync(kernel, TenantA, new EmailMessage(["ann@example.be"], "Afspraak", "<p>Dinsdag 10u</p>"));

        var file = Directory.GetFiles(EmailHarness.PickupFolder(kernel.Folder)).ShouldHaveSingleItem();
        file.ShouldEndWith(".eml");
        var message = await MimeMessage.LoadAsync(file);
        message.Subject.ShouldBe("Afspraak");
        message.To.Mailboxes.Single().Address.ShouldBe("ann@example.be");
        message.HtmlBody.ShouldNotBeNull().ShouldContain("<p>Dinsdag 10u</p>");
        message.Date.ShouldBe(kernel.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_templated_mail_renders_subject_and_body_in_the_culture_asked()
    {
        await using var kernel = await EmailHarness.StartAsync();

        await kernel.InScopeAsync(TenantA, sp => sp.GetRequiredService<ITemplatedEmailSender>().SendAsync(
            "Welcome", new { Name = "Ann <b>", Organisation = "Woonkans" }, ["ann@example.be"], CultureInfo.GetCultureInfo("nl-BE")));
        await kernel.DrainAsync();

        var message = await MimeMessage.LoadAsync(Directory.GetFiles(EmailHarness.PickupFolder(kernel.Folder)).Single());
        message.Subject.ShouldBe("Welkom bij Woonkans");
        message.HtmlBody.ShouldNotBeNull().ShouldContain("<p>Dag Ann &lt;b&gt;</p>");
    }

    [Fact]
    public async Task A_malformed_address_is_refused_before_anything_is_sent()
    {
        await using var kernel = await EmailHarness.StartAsync();

        await Should.ThrowAsync<ArgumentException>(() =>
            SendAsync(kernel, TenantA, new EmailMessage(["not an address"], "Afspraak", "<p/>")));

        Directory.Exists(EmailHarness.PickupFolder(kernel.Folder)).ShouldBeFalse();
    }

    private static EmailMessage Mail(string subject) => new(["ann@example.be"], subject, "<p>Hallo</p>");

    private static async Task SendAsync(KernelHarness kernel, Guid tenant, EmailMessage message)
    {
        await kernel.InScopeAsync(tenant, sp => sp.GetRequiredService<IEmailSender>().SendAsync(message));
        await kernel.DrainAsync();
    }

    private static Task UseOwnServerAsync(KernelHarness kernel, Guid tenant, SmtpTestServer server, string? user, string? password) =>
        kernel.InScopeAsync(tenant, async sp =>
        {
            var values = sp.GetRequiredService<IValueManager>();
            await values.SetTenantValueAsync(EmailSettingNames.SmtpHost, "127.0.0.1");
            await values.SetTenantValueAsync(EmailSettingNames.SmtpPort, server.Port.ToString(CultureInfo.InvariantCulture));
            await values.SetTenantValueAsync(EmailSettingNames.SmtpSecurity, "None");
            await values.SetTenantValueAsync(EmailSettingNames.SmtpUserName, user);
            await values.SetTenantValueAsync(EmailSettingNames.SmtpPassword, password);
        });
}
