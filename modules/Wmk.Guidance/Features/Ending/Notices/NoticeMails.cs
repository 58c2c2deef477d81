using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Templating;

namespace Wmk.Guidance.Features.Ending.Notices;

/// <summary>The notice e-mails (embedded Scriban templates, Dutch and English) to the resident and the counsellor.</summary>
internal sealed class NoticeMails(ITemplatedEmailSender mail)
{
    public static string TemplateOf(NoticeKind kind) => "Guidance.Notice." + kind;

    /// <summary>The valid addresses of the resident and the counsellor, without doubles.</summary>
    public static IReadOnlyList<string> Recipients(Candidate candidate) => MailAddresses.Distinct(candidate.Email, candidate.CounsellorEmail);

    /// <summary>Queues the notice's mail in the outbox (in the caller's transaction); the addresses, or null when none.</summary>
    public async Task<string?> SendAsync(Notice notice, Candidate candidate, string organisation, CancellationToken ct)
    {
        var to = Recipients(candidate);
        if (to.Count == 0)
        {
            return null;
        }

        var model = new
        {
            Name = candidate.FirstName,
            ContractEnd = notice.ContractEnd.ToString("dd/MM/yyyy", WmkCultures.Dutch),
            Organisation = organisation,
            Counsellor = candidate.CounsellorName,
        };
        await mail.SendAsync(TemplateOf(notice.Kind), model, to, WmkCultures.Dutch, ct);
        return string.Join(", ", to);
    }

    public static void Register(IServiceCollection services)
    {
        foreach (var kind in Enum.GetValues<NoticeKind>())
        {
            foreach (var part in new[] { ".Subject", ".Body" })
            {
                var file = kind + part;
                services.AddWmkTemplate(new TemplateDefinition(TemplateOf(kind) + part)
                    .WithEmbedded("nl-BE", typeof(NoticeMails).Assembly, Resource(file + "_nl-BE.sbn"))
                    .WithEmbedded(null, typeof(NoticeMails).Assembly, Resource(file + ".sbn")));
            }
        }

        services.AddScoped<NoticeMails>();
    }

    private static string Resource(string file) => "Wmk.Guidance.Features.Ending.Notices.Templates." + file;
}
