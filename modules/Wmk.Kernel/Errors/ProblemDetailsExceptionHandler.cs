using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Wmk.Kernel.Localization;

namespace Wmk.Kernel.Errors;

/// <summary>Turns known errors into RFC 9457 problem details in the request's language.</summary>
internal sealed class ProblemDetailsExceptionHandler(
    IStringLocalizerFactory localizers, IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var kernel = localizers.Create(typeof(KernelResource));
        ProblemDetails problem = exception switch
        {
            WmkException wmk => FromWmk(wmk, kernel),
            InvalidRequestException invalid => Invalid(invalid, kernel),
            DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Title = kernel["Error:Concurrency"] },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = kernel["Error:BadRequest"] },
            _ => new ProblemDetails { Status = 500, Title = kernel["Error:Unexpected"] },
        };
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Invalid(InvalidRequestException invalid, IStringLocalizer kernel)
    {
        var problem = new ProblemDetails { Status = 400, Title = kernel["Error:Invalid"], Detail = string.Join(" ", invalid.Messages) };
        problem.Extensions["errors"] = invalid.Messages;
        return problem;
    }

    private ProblemDetails FromWmk(WmkException wmk, IStringLocalizer kernel)
    {
        var localizer = localizers.Create(wmk.ResourceType);
        var problem = new ValidationProblemDetails(wmk.FieldErrors.ToDictionary(
            f => f.Key, f => f.Value.Select(k => localizer[k].Value).ToArray()))
        {
            Status = wmk.Status,
            Title = wmk.Status switch
            {
                404 => kernel["Error:NotFound"],
                409 => kernel["Error:Conflict"],
                403 => kernel["Error:Forbidden"],
                _ => kernel["Error:Invalid"],
            },
            Detail = localizer[wmk.Key, [.. wmk.Args]],
        };
        problem.Extensions["code"] = wmk.Key;
        return problem;
    }
}
