[assembly: Wmk.Kernel.Modularity.WmkTheme("Basic")]
