namespace Wmk.Kernel.Errors;

/// <summary>400: the request breaks one or more rules; the messages are already in the user's language.</summary>
public sealed class InvalidRequestException(IReadOnlyList<string> messages) : Exception(string.Join(" ", messages))
{
    /// <summary>The problems, one sentence each.</summary>
    public IReadOnlyList<string> Messages { get; } = messages;
}
