namespace Wmk.Documents.Engine;

/// <summary>One problem in a template: a resource key with its arguments and where it is.</summary>
/// <param name="Paragraph">The 1-based paragraph of a Word template, or null.</param>
/// <param name="Line">The 1-based line of an HTML template (or the column's line inside a paragraph), or null.</param>
internal sealed record TemplateProblem(string Key, int? Paragraph, int? Line, int? Column, params object[] Args);

/// <summary>A template that cannot be used or was stopped while filling; carries every problem found.</summary>
internal sealed class TemplateProblemException(IReadOnlyList<TemplateProblem> problems) : Exception(string.Join("; ", problems.Select(p => p.Key)))
{
    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;

    public TemplateProblemException(TemplateProblem problem)
        : this([problem])
    {
    }
}
