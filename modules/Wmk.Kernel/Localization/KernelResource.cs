namespace Wmk.Kernel.Localization;

/// <summary>Marker for the kernel's texts (KernelResource.resx is Dutch, KernelResource.en.resx English).</summary>
public sealed class KernelResource;
