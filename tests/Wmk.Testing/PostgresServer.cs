using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Wmk.Testing;

/// <summary>
/// A real PostgreSQL server for the test run: initdb in a temp folder, started on a free loopback port from the
/// installed server binaries, run as the `postgres` user when the tests run as root; stopped when the run ends.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string dataDir;
    private readonly string binDir;

    private PostgresServer(string binDir, string dataDir, int port)
    {
        this.binDir = binDir;
        this.dataDir = dataDir;
        Port = port;
    }

    /// <summary>The server's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The one server of this test run.</summary>
    public static PostgresServer Instance => Shared.Value;

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix = "wmk")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    /// <summary>A connection string to a database on this server.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=20;Include Error Detail=true";

    private static PostgresServer Start()
    {
        RemoveAbandoned();
        var bin = FindBinaries();
        var root = Path.Combine(Path.GetTempPath(), "wmk-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"-R postgres:postgres {root}", null);
        }

        RunPg(bin, asRoot, "initdb", $"-D {data} -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        var port = FreePort();
        // WMK_PG_OPTIONS adds server options for profiling, e.g. "-c shared_preload_libraries=pg_stat_statements".
        var options = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
            + (Environment.GetEnvironmentVariable("WMK_PG_OPTIONS") is { Length: > 0 } extra ? " " + extra : string.Empty);
        RunPg(bin, asRoot, "pg_ctl", $"-D {data} -l {root}/server.log -w -t 60 -o \"{options}\" start");
        var server = new PostgresServer(bin, data, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        return server;
    }

    /// <summary>
    /// Deletes the clusters of earlier runs whose server is gone: a test process that is killed (a runner's time-out, an
    /// aborted run) never reaches ProcessExit, and each left-over cluster holds 1–2 GB. A cluster younger than ten minutes
    /// or with a live postmaster (another test process of this run) is left alone.
    /// </summary>
    private static void RemoveAbandoned()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "wmk-pg-*"))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10) || ServerRuns(folder))
                {
                    continue;
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Someone else's or busy: leave it.
            }
        }
    }

    private static bool ServerRuns(string folder)
    {
        var pidFile = Path.Combine(folder, "data", "postmaster.pid");
        return File.Exists(pidFile)
            && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)
            && Directory.Exists($"/proc/{pid}");
    }

    private void Stop(bool asRoot)
    {
        try
        {
            RunPg(binDir, asRoot, "pg_ctl", $"-D {dataDir} -m immediate stop");
            Directory.Delete(Path.GetDirectoryName(dataDir)!, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"PostgreSQL test server did not stop cleanly: {ex.Message}");
        }
    }

    private static string FindBinaries()
    {
        var fromEnv = Environment.GetEnvironmentVariable("WMK_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "initdb")))
        {
            return fromEnv;
        }

        var root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => d).Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        return found ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin (install the Debian package 'postgresql', or set WMK_PG_BIN).");
    }

    private static void RunPg(string bin, bool asRoot, string tool, string args)
    {
        var exe = Path.Combine(bin, tool);
        if (asRoot)
        {
            Run("runuser", $"-u postgres -- {exe} {args}", null);
        }
        else
        {
            Run(exe, args, null);
        }
    }

    private static void Run(string file, string args, string? workDir)
    {
        var start = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDir ?? Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} failed ({process.ExitCode}): {stderr} {stdout.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
