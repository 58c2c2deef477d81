using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests;

public sealed class CacheKeyTests
{
    [Fact]
    public async Task Cache_keys_carry_the_tenant_and_the_host_side_has_its_own()
    {
        await using var kernel = await KernelHarness.StartAsync();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        string Key(Guid? id)
        {
            using (kernel.CurrentTenant.Change(id))
            {
                return kernel.CurrentTenant.CacheKey("grants");
            }
        }

        Key(a).ShouldNotBe(Key(b));
        Key(a).ShouldContain(a.ToString("N"));
        Key(null).ShouldBe("t:host:grants");
    }
}
