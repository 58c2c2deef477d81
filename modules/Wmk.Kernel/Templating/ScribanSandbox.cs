using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Wmk.Kernel.Templating;

/// <summary>
/// Renders a parsed template with no template loader (includes refused), loop, recursion and output limits, a
/// timeout, and only the model's public data members visible.
/// </summary>
internal sealed class ScribanSandbox(IOptions<TemplateSandboxOptions> options)
{
    private readonly TemplateSandboxOptions limits = options.Value;

    public async Task<string> RenderAsync(string templateName, Template template, object? model, CultureInfo culture, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limits.Timeout);
        var context = CreateContext(timeout.Token);
        context.PushCulture(culture);
        var globals = new ScriptObject();
        if (model is not null)
        {
            globals.Import(model, DataMembersOnly);
        }

        context.PushGlobal(globals);
        try
        {
            return await template.RenderAsync(context);
        }
        catch (Exception ex) when (ex is ScriptAbortException or OperationCanceledException)
        {
            ct.ThrowIfCancellationRequested();
            throw Fail(templateName, TemplateFailure.Timeout, TemplatingResource.Timeout, limits.Timeout.TotalSeconds);
        }
        catch (ScriptRuntimeException ex)
        {
            throw Classify(templateName, ex);
        }
    }

    private TemplateContext CreateContext(CancellationToken token) =>
        ScribanLimits.CreateContext(limits.LoopLimit, limits.RecursiveLimit, limits.OutputLimit, token, DataMembersOnly);

    private TemplateRenderException Classify(string templateName, ScriptRuntimeException ex)
    {
        var message = ex.OriginalMessage ?? ex.Message;
        switch (ScribanLimits.Classify(ex))
        {
            case ScriptFailure.Include:
                return Fail(templateName, TemplateFailure.IncludeRefused, TemplatingResource.IncludeRefused);
            case ScriptFailure.LoopLimit:
                return Fail(templateName, TemplateFailure.LoopLimit, TemplatingResource.LoopLimit, limits.LoopLimit);
            case ScriptFailure.RecursionLimit:
                return Fail(templateName, TemplateFailure.RecursionLimit, TemplatingResource.RecursionLimit, limits.RecursiveLimit);
            case ScriptFailure.OutputLimit:
                return Fail(templateName, TemplateFailure.OutputLimit, TemplatingResource.OutputLimit, limits.OutputLimit);
            default:
                var error = new TemplateError(ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, message);
                return new TemplateRenderException(templateName, TemplateFailure.Runtime, TemplatingResource.RuntimeError, templateName, error.ToString())
                {
                    Errors = [error],
                };
        }
    }

    private static TemplateRenderException Fail(string templateName, TemplateFailure failure, string key, params object[] args) =>
        new(templateName, failure, key, [templateName, .. args]);

    /// <summary>Public data only: no methods, indexers, delegates or reflection objects reach a template.</summary>
    private static bool DataMembersOnly(MemberInfo member)
    {
        var type = member switch
        {
            PropertyInfo p when p.GetMethod is { IsPublic: true, IsStatic: false } && p.GetIndexParameters().Length == 0 => p.PropertyType,
            FieldInfo { IsPublic: true, IsStatic: false } f => f.FieldType,
            _ => null,
        };
        return type is not null
            && !typeof(MemberInfo).IsAssignableFrom(type)
            && !typeof(Assembly).IsAssignableFrom(type)
            && !typeof(Delegate).IsAssignableFrom(type)
            && !typeof(IServiceProvider).IsAssignableFrom(type);
    }
}
