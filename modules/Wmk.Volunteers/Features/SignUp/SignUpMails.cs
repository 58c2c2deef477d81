using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Templating;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.SignUp;

/// <summary>The confirmation mail of a public sign-up (embedded Scriban templates, Dutch and English), through the outbox.</summary>
internal sealed class SignUpMails(ITemplatedEmailSender mail)
{
    public const string Template = "Volunteers.SignUpConfirmation";

    public Task SendAsync(Volunteer volunteer, string organisation, CancellationToken ct) =>
        mail.SendAsync(Template, new { Name = volunteer.FirstName, Organisation = organisation }, [volunteer.Email], WmkCultures.Dutch, ct);

    public static void Register(IServiceCollection services)
    {
        foreach (var part in new[] { ".Subject", ".Body" })
        {
            services.AddWmkTemplate(new TemplateDefinition(Template + part)
                .WithEmbedded("nl-BE", typeof(SignUpMails).Assembly, Resource("SignUpConfirmation" + part + "_nl-BE.sbn"))
                .WithEmbedded(null, typeof(SignUpMails).Assembly, Resource("SignUpConfirmation" + part + ".sbn")));
        }

        services.AddScoped<SignUpMails>();
    }

    private static string Resource(string file) => "Wmk.Volunteers.Features.SignUp.Templates." + file;
}
