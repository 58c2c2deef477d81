namespace Wmk.Kernel.Web;

/// <summary>Endpoint metadata naming the module an endpoint or page belongs to.</summary>
public sealed record ModuleEndpointMetadata(string ModuleName);
