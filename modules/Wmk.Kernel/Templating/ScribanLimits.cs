using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Wmk.Kernel.Templating;

/// <summary>Which limit a sandboxed Scriban run hit.</summary>
public enum ScriptFailure
{
    /// <summary>An include (no template loader is ever set).</summary>
    Include,

    /// <summary>The loop limit.</summary>
    LoopLimit,

    /// <summary>The recursion limit.</summary>
    RecursionLimit,

    /// <summary>The output or string length limit.</summary>
    OutputLimit,

    /// <summary>Any other runtime error of the template.</summary>
    Other,
}

/// <summary>
/// The one sandboxed Scriban context of the platform (no template loader, loop, recursion, output and string limits,
/// a regex time-out, relaxed member access) and the reading of its limit errors, for the kernel's text templates and
/// the documents module alike.
/// </summary>
public static class ScribanLimits
{
    /// <summary>A context with the limits; <paramref name="memberFilter"/> limits which .NET members a template sees.</summary>
    public static TemplateContext CreateContext(int loopLimit, int recursiveLimit, int outputLimit, CancellationToken token,
        MemberFilterDelegate? memberFilter = null)
    {
        var context = new TemplateContext
        {
            TemplateLoader = null,
            LoopLimit = loopLimit,
            LoopLimitQueryable = loopLimit,
            RecursiveLimit = recursiveLimit,
            OutputLimit = outputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = outputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            EnableRelaxedTargetAccess = true,
            CancellationToken = token,
        };
        if (memberFilter is not null)
        {
            context.MemberFilter = memberFilter;
        }

        return context;
    }

    /// <summary>Which limit a runtime error stands for (Scriban tells it only in the message).</summary>
    public static ScriptFailure Classify(ScriptRuntimeException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var message = ex.OriginalMessage ?? ex.Message;
        if (message.Contains("TemplateLoader", StringComparison.Ordinal) || message.Contains("include", StringComparison.OrdinalIgnoreCase))
        {
            return ScriptFailure.Include;
        }

        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
        {
            return ScriptFailure.LoopLimit;
        }

        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return ScriptFailure.RecursionLimit;
        }

        return message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal)
            ? ScriptFailure.OutputLimit
            : ScriptFailure.Other;
    }
}
