namespace Wmk.Host.Startup;

/// <summary>The host cannot start; the message names the cause.</summary>
internal sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
