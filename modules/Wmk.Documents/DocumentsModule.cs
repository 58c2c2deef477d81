using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Documents.Contracts;
using Wmk.Documents.Data;
using Wmk.Documents.Engine;
using Wmk.Documents.Features;
using Wmk.Documents.Features.Generate;
using Wmk.Documents.Features.Models;
using Wmk.Documents.Features.Seed;
using Wmk.Documents.Features.Templates;
using Wmk.Kernel.Data;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.Documents;

/// <summary>Each organisation's own templates (Word and HTML), filled from the case, stored with it, as Word or PDF (issue #7).</summary>
public sealed class DocumentsModule : WmkModule
{
    public override string Name => "Documents";

    public override Type? ResourceType => typeof(DocumentsResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<DocumentsDbContext, DocumentsSqliteDbContext, DocumentsPostgreSqlDbContext>();
        services.AddOptions<DocumentLimits>().Bind(configuration.GetSection("Documents"));
        services.AddSingleton<TemplateSandbox>();
        services.AddSingleton<DocxPackage>();
        services.AddSingleton<DocxFiller>();
        services.AddSingleton<HtmlFiller>();
        services.AddSingleton<TemplateChecker>();
        services.AddSingleton<PdfConverter>();
        services.AddScoped<ModelSources>();
        services.AddScoped<Author>();
        services.AddScoped<TemplatesHandler>();
        services.AddScoped<GenerateHandler>();
        services.AddScoped<TemplateSeeder>();
        services.AddScoped<IDocumentModelSource, ResidentModelSource>();
        services.AddScoped<IDocumentModelSource, ContractModelSource>();
        services.AddScoped<IDocumentModelSource, UnitModelSource>();
    }

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(DocumentsPermissions.View, defaultRoles: [WmkRoles.Coordinator, WmkRoles.Staff, WmkRoles.Finance, WmkRoles.PartnerCounsellor]);
        definitions.Permission(DocumentsPermissions.Generate, defaultRoles: [WmkRoles.Coordinator, WmkRoles.Staff, WmkRoles.Finance]);
        definitions.Permission(DocumentsPermissions.Manage, defaultRoles: [WmkRoles.Coordinator]);
        definitions.Setting(DocumentsSettings.MaxUploadKb, "5120");
        definitions.MenuItem("Menu:Templates", "/documents", DocumentsPermissions.Generate, 50);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api) => DocumentsEndpoints.Map(api);

    public override Task SeedTenantAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TemplateSeeder>().SeedAsync(cancellationToken);
}
