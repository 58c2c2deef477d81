using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Features.ChooseOrganisation;
using Wmk.Accounts.Features.ConfirmEmail;
using Wmk.Accounts.Features.Invitations;
using Wmk.Accounts.Features.Mail;
using Wmk.Accounts.Features.ResetPassword;
using Wmk.Accounts.Features.TwoFactor;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>Sign-in, organisation choice, two-factor, confirmation, reset and invitation services.</summary>
internal static class SignInServices
{
    public static IServiceCollection AddSignInFeatures(this IServiceCollection services)
    {
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IHttpContextAccessor>((o, accessor) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = ctx => SessionRefresh.RefreshAsync(ctx, accessor);
        });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddAccountMails();
        services.AddScoped<SessionClaims>();
        services.AddScoped<SessionStarter>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<SignInHandler>();
        services.AddScoped<TwoFactorSignInHandler>();
        services.AddScoped<TwoFactorSetupHandler>();
        services.AddScoped<OrganisationsHandler>();
        services.AddScoped<ForgotPasswordHandler>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<ConfirmationMailer>();
        services.AddScoped<ConfirmEmailHandler>();
        services.AddScoped<InviteHandler>();
        services.AddScoped<AcceptInvitationHandler>();
        return services;
    }
}
