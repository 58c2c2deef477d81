using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Domain;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Templating;

namespace Wmk.Finance.Features.FollowUp;

/// <summary>The follow-up e-mails (embedded Scriban templates, Dutch and English) to the resident and the counsellor.</summary>
internal sealed class FollowUpMails(ITemplatedEmailSender mail)
{
    private static readonly ArrearsStepKind[] Kinds = [ArrearsStepKind.Message, ArrearsStepKind.Reminder];

    public static string TemplateOf(ArrearsStepKind kind) => "Finance.FollowUp." + kind;

    /// <summary>The valid addresses of the resident and the counsellor, without doubles.</summary>
    public static IReadOnlyList<string> Recipients(ResidentInfo resident) => MailAddresses.Distinct(resident.Email, resident.CounsellorEmail);

    /// <summary>Queues the step's mail in the outbox (in the caller's transaction); the addresses, or null when none.</summary>
    public async Task<string?> SendAsync(ArrearsStepKind kind, ResidentInfo resident, StepFacts facts, CancellationToken ct)
    {
        var to = Recipients(resident);
        if (to.Count == 0)
        {
            return null;
        }

        var model = new
        {
            Name = resident.FirstName,
            Overdue = facts.Overdue.ToString("C", WmkCultures.Dutch),
            OldestDue = facts.OldestDue.ToString("dd/MM/yyyy", WmkCultures.Dutch),
            Today = facts.Today.ToString("dd/MM/yyyy", WmkCultures.Dutch),
            DueDay = facts.DueDay,
            Organisation = facts.Organisation,
            Counsellor = resident.CounsellorName,
        };
        await mail.SendAsync(TemplateOf(kind), model, to, WmkCultures.Dutch, ct);
        return string.Join(", ", to);
    }

    public static void Register(IServiceCollection services)
    {
        foreach (var kind in Kinds)
        {
            foreach (var part in new[] { ".Subject", ".Body" })
            {
                var file = kind + part;
                services.AddWmkTemplate(new TemplateDefinition(TemplateOf(kind) + part)
                    .WithEmbedded("nl-BE", typeof(FollowUpMails).Assembly, Resource(file + "_nl-BE.sbn"))
                    .WithEmbedded(null, typeof(FollowUpMails).Assembly, Resource(file + ".sbn")));
            }
        }

        services.AddScoped<FollowUpMails>();
    }

    private static string Resource(string file) => "Wmk.Finance.Features.FollowUp.Templates." + file;
}

/// <summary>What a follow-up mail says: the overdue amount, the oldest due day, today, the due day and the organisation.</summary>
internal sealed record StepFacts(decimal Overdue, DateOnly OldestDue, DateOnly Today, int DueDay, string Organisation);
