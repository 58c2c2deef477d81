using Microsoft.Extensions.Logging;

namespace Wmk.Testing;

/// <summary>Writes a test host's warnings and errors to a file, so a failing test can be read afterwards.</summary>
public sealed class FileLoggerProvider(string path) : ILoggerProvider
{
    private readonly object gate = new();

    public string Path { get; } = path;

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (gate)
        {
            File.AppendAllText(Path, line + Environment.NewLine);
        }
    }

    private sealed class FileLogger(FileLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Write($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
