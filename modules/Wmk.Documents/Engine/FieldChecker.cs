using Scriban;
using Scriban.Syntax;

namespace Wmk.Documents.Engine;

/// <summary>
/// Finds every model field a parsed template reads and reports those the model does not have. Loop variables map to
/// the list they walk ("line" in "for line in charge.lines" is "charge.lines[]"); variables the template assigns itself,
/// Scriban's built-in function objects and "for.*" are allowed.
/// </summary>
internal sealed class FieldChecker(IReadOnlySet<string> fields)
{
    private static readonly HashSet<string> Builtins =
        new(["array", "include", "include_join", "date", "html", "math", "object", "regex", "string", "timespan", "for", "while", "tablerow", "empty", "true", "false", "null"],
            StringComparer.Ordinal);

    public static IReadOnlySet<string> Known(IEnumerable<string> modelFields)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in modelFields)
        {
            known.Add(field);
            var list = field.LastIndexOf("[]", StringComparison.Ordinal);
            if (list > 0)
            {
                known.Add(field[..(list + 2)]);
            }
        }

        return known;
    }

    /// <summary>The unknown field paths used in <paramref name="template"/>, with their line and column.</summary>
    public IEnumerable<(string Path, int Line, int Column)> Unknown(Template template, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var scope = new Dictionary<string, string>(aliases ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        CollectAssigned(template.Page, assigned);
        var found = new List<(string, int, int)>();
        Walk(template.Page, scope, assigned, found);
        return found;
    }

    private void Walk(ScriptNode? node, Dictionary<string, string> scope, HashSet<string> assigned, List<(string, int, int)> found)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptForStatement loop:
                Walk(loop.Iterator, scope, assigned, found);
                var name = (loop.Variable as ScriptVariable)?.Name;
                var list = Path(loop.Iterator, scope);
                var inner = new Dictionary<string, string>(scope, StringComparer.Ordinal);
                if (name is not null)
                {
                    inner[name] = list is null ? "*" : list + "[]";
                }

                Walk(loop.Body, inner, assigned, found);
                return;
            case ScriptMemberExpression or ScriptIndexerExpression or ScriptVariable when Path(node, scope) is { } path:
                if (!Allowed(path, assigned))
                {
                    found.Add((path, node.Span.Start.Line + 1, node.Span.Start.Column + 1));
                }

                if (node is ScriptIndexerExpression indexer)
                {
                    Walk(indexer.Index, scope, assigned, found);
                }

                return;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            Walk(node.GetChildren(i), scope, assigned, found);
        }
    }

    private bool Allowed(string path, HashSet<string> assigned)
    {
        var root = path.Split('.', '[')[0];
        return root == "*" || path.StartsWith("*", StringComparison.Ordinal) || Builtins.Contains(root) || assigned.Contains(root) || fields.Contains(path);
    }

    /// <summary>"a.b.c" for a member chain on a variable, "a.list[].x" through an indexer, null for anything else.</summary>
    private static string? Path(ScriptNode? node, Dictionary<string, string> scope) => node switch
    {
        ScriptVariable v => scope.TryGetValue(v.Name, out var alias) ? alias : v.Name,
        ScriptMemberExpression { Member: { } member } m when Path(m.Target, scope) is { } target => target + "." + member.Name,
        ScriptIndexerExpression i when Path(i.Target, scope) is { } target => target + "[]",
        _ => null,
    };

    private static void CollectAssigned(ScriptNode? node, HashSet<string> assigned)
    {
        if (node is null)
        {
            return;
        }

        if (node is ScriptAssignExpression { Target: ScriptVariable target })
        {
            assigned.Add(target.Name);
        }

        if (node is ScriptFunction function && Enumerable.Range(0, function.ChildrenCount).Select(function.GetChildren).OfType<ScriptVariable>().FirstOrDefault() is { } name)
        {
            assigned.Add(name.Name);
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            CollectAssigned(node.GetChildren(i), assigned);
        }
    }
}
