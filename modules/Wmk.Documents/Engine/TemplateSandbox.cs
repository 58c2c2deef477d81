using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Wmk.Documents.Contracts;

namespace Wmk.Documents.Engine;

/// <summary>
/// Runs template pieces under the host's limits: no template loader (include refused), loop, recursion, output and
/// time limits, and only the model's data visible (the model is copied into script objects; no .NET object reaches a template).
/// </summary>
internal sealed class TemplateSandbox(IOptions<DocumentLimits> options)
{
    public DocumentLimits Limits { get; } = options.Value;

    /// <summary>A context for one document; dispose the returned timer when done.</summary>
    public (TemplateContext Context, CancellationTokenSource Timer) Open(DocumentModel model, bool escapeHtml, CultureInfo culture)
    {
        var timer = new CancellationTokenSource(Limits.Timeout);
        var context = new TemplateContext
        {
            TemplateLoader = null,
            LoopLimit = Limits.LoopLimit,
            LoopLimitQueryable = Limits.LoopLimit,
            RecursiveLimit = Limits.RecursiveLimit,
            OutputLimit = Limits.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = Limits.OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            EnableRelaxedTargetAccess = true,
            CancellationToken = timer.Token,
        };
        context.PushCulture(culture);
        context.PushGlobal(ToScript(model, escapeHtml));
        return (context, timer);
    }

    public static Template Parse(string text, int? paragraph, bool scriptOnly = false)
    {
        var template = Template.Parse(text, lexerOptions: scriptOnly ? new LexerOptions { Mode = ScriptMode.ScriptOnly } : default);
        if (!template.HasErrors)
        {
            return template;
        }

        throw new TemplateProblemException([.. template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m =>
            new TemplateProblem("Check:Syntax", paragraph, m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))]);
    }

    public string Render(Template template, TemplateContext context, int? paragraph) => Run(() => template.Render(context), context, paragraph);

    public object? Evaluate(Template template, TemplateContext context, int? paragraph) => Run(() => template.Evaluate(context), context, paragraph);

    private T Run<T>(Func<T> run, TemplateContext context, int? paragraph)
    {
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            return run();
        }
        catch (Exception ex) when (ex is ScriptAbortException or OperationCanceledException)
        {
            throw new TemplateProblemException(new TemplateProblem("Check:Timeout", paragraph, null, null, Limits.Timeout.TotalSeconds));
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateProblemException(Classify(ex, paragraph));
        }
    }

    private TemplateProblem Classify(ScriptRuntimeException ex, int? paragraph)
    {
        var message = ex.OriginalMessage ?? ex.Message;
        if (message.Contains("TemplateLoader", StringComparison.Ordinal) || message.Contains("include", StringComparison.OrdinalIgnoreCase))
        {
            return new("Check:Include", paragraph, null, null);
        }

        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
        {
            return new("Check:LoopLimit", paragraph, null, null, Limits.LoopLimit);
        }

        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return new("Check:RecursionLimit", paragraph, null, null, Limits.RecursiveLimit);
        }

        if (message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal))
        {
            return new("Check:OutputLimit", paragraph, null, null, Limits.OutputLimit);
        }

        return new("Check:Runtime", paragraph, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, message);
    }

    private static ScriptObject ToScript(DocumentModel model, bool escapeHtml)
    {
        var script = new ScriptObject(model.Count, StringComparer.Ordinal);
        foreach (var (name, value) in model)
        {
            script[name] = Convert(value, escapeHtml);
        }

        return script;
    }

    private static object? Convert(object? value, bool escapeHtml) => value switch
    {
        DocumentModel nested => ToScript(nested, escapeHtml),
        string text => escapeHtml ? WebUtility.HtmlEncode(text) : text,
        IEnumerable<DocumentModel> items => new ScriptArray(items.Select(i => ToScript(i, escapeHtml))),
        null or bool or int or long or decimal or double => value,
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
