using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Documents.Engine;
using Wmk.Documents.Features.Generate;
using Wmk.Documents.Features.Templates;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Guidance;
using Wmk.Testing;

namespace Wmk.Host.Tests.Documents;

/// <summary>Templates, residents and generated documents for the documents tests.</summary>
internal static class DocumentsHttp
{
    public static readonly DateOnly ContractEnd = new(2027, 5, 31);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content, string model = "resident",
        string name = "Eigen sjabloon") =>
        client.PostAsJsonAsync("/api/v1/documents/templates", new UploadTemplateInput(name, "OwnTemplate", model, fileName, Convert.ToBase64String(content)));

    public static byte[] NameTemplate() => DocxBuilder.Build("# Fiche", DocxBuilder.Split("Naam: {", "{ resident.full", "_name }}", " sinds {{ resident.start_date }}"));

    public static async Task<TemplateListItem> TemplateAsync(this HttpClient client, string kind) =>
        (await client.GetFromJsonAsync<List<TemplateListItem>>("/api/v1/documents/templates"))!.Single(t => t.Kind == kind);

    public static async Task<GeneratedView> GenerateAsync(this HttpClient client, Guid templateId, Guid subjectId) =>
        await (await client.PostAsJsonAsync("/api/v1/documents/generated", new GenerateInput(templateId, subjectId))).ReadAsync<GeneratedView>();

    /// <summary>A resident with a real contract (one year up to 31/05/2027), followed by <paramref name="counsellor"/>.</summary>
    public static Task<(Guid Resident, Guid Contract)> ResidentAsync(this WmkTestHost host, TestTenant tenant, Guid? counsellor = null) =>
        host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, ContractEnd, counsellor));

    /// <summary>A generated rental contract in the current tenant (for the isolation suite).</summary>
    public static async Task GeneratedAsync(IServiceProvider sp)
    {
        var (_, contract) = await EndingSeed.ResidentWithContractAsync(sp, ContractEnd);
        var templates = sp.GetRequiredService<TemplatesHandler>();
        var rental = (await templates.ListAsync(default)).Single(t => t.Kind == "RentalContract");
        await sp.GetRequiredService<GenerateHandler>().GenerateAsync(new GenerateInput(rental.Id, contract), default);
    }
}
