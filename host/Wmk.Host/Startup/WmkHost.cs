using Microsoft.AspNetCore.Localization;
using Wmk.Host.Culture;
using Wmk.Host.Memory;
using Wmk.Host.Theming;
using Wmk.Kernel;
using Wmk.Kernel.Data;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Modularity.Plugins;
using Wmk.Kernel.Web.Pages;

namespace Wmk.Host.Startup;

/// <summary>Composition root: configuration, modules, services and the request pipeline.</summary>
internal static class WmkHost
{
    public static WebApplication Build(CommandLine options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options.HostArgs,
            ApplicationName = typeof(WmkHost).Assembly.GetName().Name,
        });
        if (options.Database is not null)
        {
            builder.Configuration["ConnectionStrings:Default"] = options.Database;
        }

        configure?.Invoke(builder);
        var catalog = CreateCatalog(builder.Configuration, builder.Environment.ContentRootPath);
        try
        {
            builder.Services.AddWmkKernel(builder.Configuration, catalog);
        }
        catch (DatabaseConfigurationException ex)
        {
            throw new StartupException(ex.Message, ex);
        }
        catch (ModuleLoadException ex)
        {
            throw new StartupException(ex.Message, ex);
        }

        builder.Services.AddRazorPages().AddWmkLazyPages().AddWmkModuleParts(catalog).AddWmkTheme(builder.Configuration);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddSingleton(MemoryTrimSettings.From(builder.Configuration));
        builder.Services.AddSingleton<RequestActivity>();
        return Configure(builder.Build());
    }

    public static async Task<int> RunServerAsync(WebApplication app)
    {
        await StartupTasks.PrepareDatabaseAsync(app);
        await app.StartAsync();
        StartupTasks.PrintWelcome(app);
        IdleMemoryTrimmer.Start(app);
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static ModuleCatalog CreateCatalog(IConfiguration configuration, string contentRoot)
    {
        try
        {
            var folder = configuration["Plugins:Folder"] ?? Path.Combine(contentRoot, "plugins");
            return ModuleCatalog.Create([.. HostModules.BuiltIn(), .. PluginModuleLoader.LoadFrom(folder)]);
        }
        catch (ModuleLoadException ex)
        {
            throw new StartupException(ex.Message, ex);
        }
    }

    private static WebApplication Configure(WebApplication app)
    {
        app.UseRequestActivity();
        app.UseWmkSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(WmkCultures.Dutch),
            SupportedCultures = [.. WmkCultures.Supported],
            SupportedUICultures = [.. WmkCultures.Supported],
            ApplyCurrentCultureToResponseHeaders = true,
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseWmkTenancy();
        app.UseStaticFiles();
        app.UseWmkModuleApi();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseWmkModuleGate();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapWmkModules(api => api.MapOpenApi().AllowAnonymous());
        app.MapThemeCss();
        app.MapCultureSwitch();
        return app;
    }
}
