[assembly: Wmk.Kernel.Modularity.WmkTheme("Minimal")]
