using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Outbox;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

/// <summary>One host per engine whose mail goes to a real SMTP test server (xunit class fixture).</summary>
public sealed class MailHosts : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<MailHost>>> hosts = new();

    internal Task<MailHost> GetAsync(DatabaseKind kind) =>
        hosts.GetOrAdd(kind, k => new Lazy<Task<MailHost>>(() => MailHost.StartAsync(k))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts.Values.Where(h => h.IsValueCreated))
        {
            await (await host.Value).DisposeAsync();
        }
    }
}

/// <summary>A started host and its SMTP server; reads the mails sent to one address.</summary>
internal sealed partial class MailHost(WmkTestHost host, SmtpTestServer smtp) : IAsyncDisposable
{
    private readonly List<ReceivedMail> unread = [];

    public WmkTestHost Host { get; } = host;

    public static async Task<MailHost> StartAsync(DatabaseKind kind)
    {
        var smtp = await SmtpTestServer.StartAsync();
        var host = await WmkTestHost.StartAsync(kind, b =>
        {
            b.Configuration[$"Settings:{EmailSettingNames.SmtpHost}"] = "127.0.0.1";
            b.Configuration[$"Settings:{EmailSettingNames.SmtpPort}"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
            b.Configuration[$"Settings:{EmailSettingNames.SmtpSecurity}"] = "None";
            b.Configuration[$"Settings:{EmailSettingNames.FromAddress}"] = "info@wmk.test";
        });
        return new MailHost(host, smtp);
    }

    /// <summary>
    /// Sends what is queued and returns the next mail to the address (whose subject contains
    /// <paramref name="subjectContains"/> when given: other modules' jobs may mail the same person meanwhile).
    /// </summary>
    public async Task<ReceivedMail> MailToAsync(string address, string? subjectContains = null)
    {
        await Host.Services.GetRequiredService<OutboxDrainer>().DrainOnceAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = unread.FirstOrDefault(m => IsFor(m, address, subjectContains));
            if (found is not null)
            {
                unread.Remove(found);
                return found;
            }

            unread.Add(await smtp.NextMailAsync(deadline - DateTime.UtcNow));
        }
    }

    /// <summary>True when no mail to the address (with <paramref name="subjectContains"/> in its subject, when given) was sent, after draining the outbox.</summary>
    public async Task<bool> NoMailToAsync(string address, string? subjectContains = null)
    {
        await Host.Services.GetRequiredService<OutboxDrainer>().DrainOnceAsync();
        await Task.Delay(300);
        while (smtp.HasUnreadMail)
        {
            unread.Add(await smtp.NextMailAsync());
        }

        return !unread.Any(m => IsFor(m, address, subjectContains));
    }

    /// <summary>The first link in the mail's HTML body, made relative to the test server (path and query).</summary>
    public static string LinkIn(ReceivedMail mail)
    {
        var href = System.Net.WebUtility.HtmlDecode(LinkPattern().Match(mail.Message.HtmlBody ?? string.Empty).Groups[1].Value);
        return new Uri(href).PathAndQuery;
    }

    /// <summary>The subjects of the mails to the address read so far and not taken by <see cref="MailToAsync"/> (for failure messages).</summary>
    public string UnreadSubjectsTo(string address) =>
        string.Join(" | ", unread.Where(m => IsFor(m, address, null)).Select(m => m.Message.Subject));

    private static bool IsFor(ReceivedMail mail, string address, string? subjectContains) =>
        mail.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)
        && (subjectContains is null || (mail.Message.Subject ?? string.Empty).Contains(subjectContains, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
