namespace Wmk.Kernel.Modularity;

/// <summary>A module could not be loaded or ordered; the message names the module and the cause.</summary>
public sealed class ModuleLoadException(string message, Exception? inner = null) : Exception(message, inner);
