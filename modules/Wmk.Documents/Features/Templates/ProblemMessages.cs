using Microsoft.Extensions.Localization;
using Wmk.Documents.Engine;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.Documents.Features.Templates;

/// <summary>Template problems as one 400 with every message and its location in the user's language.</summary>
internal static class ProblemMessages
{
    public static InvalidRequestException ToRequestError(this TemplateProblemException ex, IStringLocalizer texts) =>
        new([.. ex.Problems.Select(p => Text(p, texts))]);

    public static string Text(TemplateProblem p, IStringLocalizer texts)
    {
        var message = texts[p.Key, [.. p.Args.Select(RuleError.Format)]].Value;
        var at = (p.Paragraph, p.Line) switch
        {
            ({ } paragraph, _) when p.Column is { } column => texts["Check:AtParagraphColumn", paragraph, column].Value,
            ({ } paragraph, _) => texts["Check:AtParagraph", paragraph].Value,
            (null, { } line) => texts["Check:AtLine", line, p.Column ?? 1].Value,
            _ => null,
        };
        return at is null ? message : message + " (" + at + ")";
    }
}
