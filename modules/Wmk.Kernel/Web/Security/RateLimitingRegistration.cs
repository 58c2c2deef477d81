using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Localization;

namespace Wmk.Kernel.Web.Security;

/// <summary>Registers the <see cref="WmkRateLimits"/> policies with ASP.NET Core's rate limiter.</summary>
internal static class RateLimitingRegistration
{
    public static IServiceCollection AddWmkRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var (policy, permits) in WmkRateLimits.DefaultPermits)
            {
                var section = configuration.GetSection("RateLimits:" + WmkRateLimits.Section(policy));
                var limit = section.GetValue("PermitLimit", permits);
                var window = section.GetValue("Window", TimeSpan.FromMinutes(1));
                options.AddPolicy(policy, context => IsSafe(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("safe")
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 }));
            }

            options.OnRejected = (context, ct) => RejectAsync(context.HttpContext, context.Lease, ct);
        });
        return services;
    }

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<KernelResource>>();
        await ErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, texts["Error:TooManyRequests"], ct);
    }
}
