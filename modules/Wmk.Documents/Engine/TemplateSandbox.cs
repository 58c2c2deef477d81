using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Wmk.Documents.Contracts;
using Wmk.Kernel.Templating;

namespace Wmk.Documents.Engine;

/// <summary>
/// Runs template pieces under the document limits in the kernel's sandboxed context (<see cref="ScribanLimits"/>: no
/// template loader, loop, recursion, output limits) plus a time limit, and only the model's data visible (the model is copied into script objects; no .NET object reaches a template).
/// </summary>
internal sealed class TemplateSandbox(IOptions<DocumentLimits> options)
{
    public DocumentLimits Limits { get; } = options.Value;

    /// <summary>A context for one document; dispose the returned timer when done.</summary>
    public (TemplateContext Context, CancellationTokenSource Timer) Open(DocumentModel model, bool escapeHtml, CultureInfo culture)
    {
        var timer = new CancellationTokenSource(Limits.Timeout);
        var context = ScribanLimits.CreateContext(Limits.LoopLimit, Limits.RecursiveLimit, Limits.OutputLimit, timer.Token);
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

    private TemplateProblem Classify(ScriptRuntimeException ex, int? paragraph) => ScribanLimits.Classify(ex) switch
    {
        ScriptFailure.Include => new("Check:Include", paragraph, null, null),
        ScriptFailure.LoopLimit => new("Check:LoopLimit", paragraph, null, null, Limits.LoopLimit),
        ScriptFailure.RecursionLimit => new("Check:RecursionLimit", paragraph, null, null, Limits.RecursiveLimit),
        ScriptFailure.OutputLimit => new("Check:OutputLimit", paragraph, null, null, Limits.OutputLimit),
        _ => new("Check:Runtime", paragraph, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex.OriginalMessage ?? ex.Message),
    };

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
