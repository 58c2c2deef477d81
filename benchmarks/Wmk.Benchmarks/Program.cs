using BenchmarkDotNet.Running;

namespace Wmk.Benchmarks;

internal static class Program
{
    public static async Task Main(string[] args)
    {
        if (args.FirstOrDefault() == "board")
        {
            await Board.BoardLoad.RunAsync(args);
            return;
        }

        if (args.FirstOrDefault() == "profile")
        {
            Profiling.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
