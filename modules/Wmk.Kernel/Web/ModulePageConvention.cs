using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Wmk.Kernel.Modularity;

namespace Wmk.Kernel.Web;

/// <summary>Tags every Razor page with the module whose assembly holds it, so the module gate sees it.</summary>
internal sealed class ModulePageConvention(ModuleCatalog catalog) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if ((catalog.ForAssembly(model.PageType.Assembly) ?? catalog.ForAssembly(model.HandlerType.Assembly)) is { } module)
        {
            model.EndpointMetadata.Add(new ModuleEndpointMetadata(module.Name));
        }
    }
}
