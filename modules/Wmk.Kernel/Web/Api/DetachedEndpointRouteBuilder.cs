using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Wmk.Kernel.Web.Api;

/// <summary>
/// An endpoint route builder whose data sources are not the application's: what is mapped on it reaches routing only
/// through the <see cref="DeferredEndpointDataSource"/> built from its <see cref="DataSources"/>.
/// </summary>
internal sealed class DetachedEndpointRouteBuilder(IEndpointRouteBuilder application) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider => application.ServiceProvider;

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public IApplicationBuilder CreateApplicationBuilder() => application.CreateApplicationBuilder();
}
