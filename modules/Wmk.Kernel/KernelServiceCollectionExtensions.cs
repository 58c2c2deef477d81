using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Data;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Web;
using Wmk.Kernel.Web.Security;

namespace Wmk.Kernel;

/// <summary>Registers the kernel and every module of the catalog.</summary>
public static class KernelServiceCollectionExtensions
{
    /// <summary>Adds the kernel's building blocks, then each module's services in dependency order.</summary>
    public static IServiceCollection AddWmkKernel(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        services.AddSingleton(catalog);
        services.AddSingleton(DatabaseSettings.From(configuration));
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<TenantSaveChangesInterceptor>();
        services.AddSingleton<TenantCache>();
        services.AddSingleton<Wmk.Kernel.Web.Api.ModuleApiEndpoints>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddLocalization();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddWmkRateLimiting(configuration);
        services.AddSingleton<SecureCookies>();
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>(sp => sp.GetRequiredService<SecureCookies>());
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>(sp => sp.GetRequiredService<SecureCookies>());

        services.AddWmkDbContext<KernelDbContext, KernelSqliteDbContext, KernelPostgreSqlDbContext>();
        services.AddWmkOutbox(configuration);
        services.AddWmkJobs();
        services.AddWmkAuditing();
        services.AddScoped<IEmailQueue, OutboxEmailQueue>();
        services.AddOutboxHandler<EmailOutboxHandler>();
        services.AddWmkEmailing();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<TenantSeeder>();
        var protection = services.AddDataProtection().SetApplicationName("Wmk.Platform");
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            protection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader
                .LoadPkcs12FromFile(certificate, configuration["DataProtection:CertificatePassword"]));
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DbXmlRepository(sp.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>())));

        services.AddSingleton(sp => new DefinitionRegistry(catalog, m => m.ResourceType ?? typeof(KernelResource)));
        services.AddScoped<TenantValueCache>();
        services.AddScoped<ValueChain>();
        services.AddScoped<ISettingProvider>(sp => sp.GetRequiredService<ValueChain>());
        services.AddScoped<IFeatureChecker>(sp => sp.GetRequiredService<ValueChain>());
        services.AddScoped<IValueManager, ValueManager>();

        services.AddScoped<Navigation.MenuProvider>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<PermissionChecker>();
        services.AddScoped<IPermissionChecker>(sp => sp.GetRequiredService<PermissionChecker>());
        services.AddScoped<IPermissionGrantManager>(sp => sp.GetRequiredService<PermissionChecker>());
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();

        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.Add(new ModulePageConvention(catalog)));

        foreach (var module in catalog.Modules)
        {
            try
            {
                module.ConfigureServices(services, configuration);
            }
            catch (Exception ex) when (ex is not ModuleLoadException)
            {
                throw new ModuleLoadException($"Module '{module.Name}' failed to configure its services: {ex.Message}", ex);
            }
        }

        return services;
    }
}
