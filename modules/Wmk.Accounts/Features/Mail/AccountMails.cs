using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Templating;

namespace Wmk.Accounts.Features.Mail;

/// <summary>The accounts module's mails (embedded Scriban templates, Dutch and English) and the absolute links in them.</summary>
internal sealed class AccountMails(
    ITemplatedEmailSender mail, IHttpContextAccessor http, IConfiguration configuration, ICurrentTenant tenant, SessionClaims sessions,
    ILogger<AccountMails> logger)
{
    public const string ConfirmEmail = "Accounts.ConfirmEmail";
    public const string ResetPassword = "Accounts.ResetPassword";
    public const string Invitation = "Accounts.Invitation";

    /// <summary>
    /// An absolute link on this site: the configured public address (Accounts:PublicUrl) when set, else the
    /// request's scheme and host; with the request's organisation prefix (/t/slug) unless <paramref name="withoutTenantPath"/>.
    /// <paramref name="path"/> starts with "/".
    /// </summary>
    public string Link(string path, bool withoutTenantPath = false)
    {
        var configured = configuration["Accounts:PublicUrl"];
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}";
        return root + (withoutTenantPath ? string.Empty : request?.PathBase.Value) + path;
    }

    /// <summary>Queues a mail in the current organisation.</summary>
    public Task SendAsync(string template, object model, string to, CancellationToken ct) =>
        mail.SendAsync(template, model, [to], CultureInfo.CurrentUICulture, ct);

    /// <summary>
    /// Queues a mail to an account: in the current organisation, or on the host side in the account's first
    /// organisation (mail always leaves through an organisation's outbox and settings); skipped when it has none.
    /// </summary>
    public async Task SendToAccountAsync(string template, object model, Account account, CancellationToken ct)
    {
        if (tenant.IsAvailable)
        {
            await SendAsync(template, model, account.Email!, ct);
            return;
        }

        if ((await sessions.MembershipsAsync(account.Id, ct)).FirstOrDefault() is not { } membership)
        {
            logger.LogWarning("No organisation to send {Template} for account {AccountId} through; not sent.", template, account.Id);
            return;
        }

        using (tenant.Change(membership.Tenant))
        {
            await SendAsync(template, model, account.Email!, ct);
        }
    }

    internal static void Register(IServiceCollection services)
    {
        foreach (var name in new[] { ConfirmEmail, ResetPassword, Invitation })
        {
            foreach (var part in new[] { ".Subject", ".Body" })
            {
                var file = name["Accounts.".Length..] + part;
                services.AddWmkTemplate(new TemplateDefinition(name + part)
                    .WithEmbedded("nl-BE", typeof(AccountMails).Assembly, Resource(file + "_nl-BE.sbn"))
                    .WithEmbedded(null, typeof(AccountMails).Assembly, Resource(file + ".sbn")));
            }
        }
    }

    private static string Resource(string file) => "Wmk.Accounts.Features.Mail.Templates." + file;
}

/// <summary>Registration of the mails.</summary>
internal static class AccountMailServices
{
    public static IServiceCollection AddAccountMails(this IServiceCollection services)
    {
        AccountMails.Register(services);
        return services.AddScoped<AccountMails>();
    }
}
