using Wmk.Kernel.Errors;

namespace Wmk.Kernel.Templating;

/// <summary>What went wrong with a template.</summary>
public enum TemplateFailure
{
    /// <summary>No template is registered under the name.</summary>
    Unknown,

    /// <summary>The content does not parse; see <see cref="TemplateRenderException.Errors"/>.</summary>
    Parse,

    /// <summary>The template failed while rendering (for example a wrong function call).</summary>
    Runtime,

    /// <summary>Too many loop iterations.</summary>
    LoopLimit,

    /// <summary>Too deep recursion.</summary>
    RecursionLimit,

    /// <summary>Too much output.</summary>
    OutputLimit,

    /// <summary>The template tried to include another one; templates run without a loader.</summary>
    IncludeRefused,

    /// <summary>Rendering took longer than allowed.</summary>
    Timeout,
}

/// <summary>One error in a template, at a 1-based line and column.</summary>
public sealed record TemplateError(int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"({Line},{Column}): {Message}";
}

/// <summary>
/// A template could not be parsed or broke a sandbox limit; <see cref="WmkException.Key"/> is the resource key of
/// the message (in <see cref="TemplatingResource"/>) and <see cref="Failure"/> names the limit.
/// </summary>
public sealed class TemplateRenderException(string templateName, TemplateFailure failure, string key, params object[] args)
    : WmkException(422, typeof(TemplatingResource), key, args)
{
    /// <summary>The template's name.</summary>
    public string TemplateName { get; } = templateName;

    /// <summary>The kind of failure.</summary>
    public TemplateFailure Failure { get; } = failure;

    /// <summary>The parse or runtime errors with their positions.</summary>
    public IReadOnlyList<TemplateError> Errors { get; init; } = [];

    /// <summary>The message in the current UI culture.</summary>
    public override string Message => TemplatingResource.Format(Key, [.. Args]);
}
