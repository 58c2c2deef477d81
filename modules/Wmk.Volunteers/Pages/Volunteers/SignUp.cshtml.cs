using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Web.Security;
using Wmk.Volunteers.Features.SignUp;

namespace Wmk.Volunteers.Pages.Volunteers;

/// <summary>The public sign-up of an organisation (/t/{slug}/volunteers/sign-up): no account, a honeypot, rate limits.</summary>
[AllowAnonymous]
[EnableRateLimiting(WmkRateLimits.SignUp)]
internal sealed class SignUpModel(SignUpHandler handler, IStringLocalizerFactory localizers) : VolunteersPage(localizers)
{
    public SignUpInput Input { get; private set; } = new(null, null, null, null, [], null, null, null, false);

    public string? Thanks { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(SignUpInput input, CancellationToken ct)
    {
        Input = input with { Availability = input.Availability ?? [] };
        var tooMany = false;
        var result = await RunAsync(
            async () =>
            {
                try
                {
                    Thanks = (await handler.SignUpAsync(input, ct)).Message;
                }
                catch (TooManySignUpsException)
                {
                    tooMany = true;
                    throw;
                }
            },
            () => Task.CompletedTask,
            Page);
        if (tooMany)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        return result;
    }
}
