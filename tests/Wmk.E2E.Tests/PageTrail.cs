using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Wmk.E2E.Tests;

/// <summary>
/// What a page asked of the host and got back, kept so that a failed wait can say where the walk stood: the last answers,
/// the requests still without one, and the host's warnings and errors. A time-out alone said nothing of that.
/// </summary>
internal sealed class PageTrail
{
    private const int Kept = 10;
    private static readonly ConditionalWeakTable<IPage, PageTrail> Trails = [];
    private readonly object gate = new();
    private readonly Queue<string> answered = new();
    private readonly Dictionary<IRequest, string> pending = [];
    private readonly string hostLog;

    private PageTrail(string hostLog) => this.hostLog = hostLog;

    /// <summary>Starts keeping the trail of a page whose host logs to <paramref name="hostLog"/>.</summary>
    public static void Follow(IPage page, string hostLog)
    {
        var trail = new PageTrail(hostLog);
        page.Request += (_, request) => trail.Sent(request);
        page.RequestFinished += (_, request) => trail.Ended(request, failure: null);
        page.RequestFailed += (_, request) => trail.Ended(request, request.Failure ?? "failed");
        page.Response += (_, response) => trail.Answered(response);
        Trails.AddOrUpdate(page, trail);
    }

    /// <summary>Runs a step; when it fails, fails with the step's own message followed by the page's trail.</summary>
    public static async Task ExplainedAsync(IPage page, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            throw new PageStepException(failure.Message + Environment.NewLine + Describe(page), failure);
        }
    }

    private static string Describe(IPage page)
    {
        var lines = new List<string> { "Address now: " + page.Url };
        if (Trails.TryGetValue(page, out var trail))
        {
            lock (trail.gate)
            {
                lines.Add("Last answers: " + string.Join(" | ", trail.answered));
                lines.Add("Without answer: " + string.Join(" | ", trail.pending.Values));
            }

            lines.Add("Host warnings and errors (last 5): " + string.Join(" | ", trail.HostLogTail(5)));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Short(IRequest request) =>
        request.Method + " " + (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) ? url.PathAndQuery : request.Url);

    private void Sent(IRequest request)
    {
        if (request.ResourceType is "document" or "fetch" or "xhr")
        {
            lock (gate)
            {
                pending[request] = Short(request);
            }
        }
    }

    private void Ended(IRequest request, string? failure)
    {
        lock (gate)
        {
            pending.Remove(request);
            if (failure is not null)
            {
                Keep($"{Short(request)} → {failure}");
            }
        }
    }

    private void Answered(IResponse response)
    {
        if (response.Request.ResourceType is "document" or "fetch" or "xhr")
        {
            lock (gate)
            {
                Keep($"{Short(response.Request)} → {response.Status}");
            }
        }
    }

    private void Keep(string line)
    {
        answered.Enqueue(line);
        while (answered.Count > Kept)
        {
            answered.Dequeue();
        }
    }

    private IEnumerable<string> HostLogTail(int count)
    {
        try
        {
            return File.Exists(hostLog)
                ? File.ReadLines(hostLog).Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal)
                    || l.StartsWith("Critical", StringComparison.Ordinal)).TakeLast(count).Select(l => l.Length > 300 ? l[..300] : l).ToList()
                : ["(none)"];
        }
        catch (IOException e)
        {
            return ["(unreadable: " + e.Message + ")"];
        }
    }
}

/// <summary>A browser step that failed, with where the page stood (see <see cref="PageTrail"/>).</summary>
internal sealed class PageStepException(string message, Exception inner) : Exception(message, inner);
