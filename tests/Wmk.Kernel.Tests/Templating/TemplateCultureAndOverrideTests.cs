using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Templating;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Templating;

public sealed class TemplateCultureAndOverrideTests : IAsyncLifetime
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private KernelHarness kernel = null!;

    public async Task InitializeAsync() =>
        kernel = await KernelHarness.StartAsync(o => o.ConfigureServices(s => s.AddTestTemplates()));

    public async Task DisposeAsync() => await kernel.DisposeAsync();

    [Theory]
    [InlineData("nl-BE", "Dag Ann")]
    [InlineData("nl-NL", "Hallo Ann")]
    [InlineData("nl", "Hallo Ann")]
    [InlineData("en-GB", "Hi Ann")]
    [InlineData("fr-BE", "Hello Ann")]
    public async Task Culture_falls_back_from_region_to_language_to_default(string culture, string expected)
    {
        var text = await RenderAsync(TenantA, "Greeting", CultureInfo.GetCultureInfo(culture));

        text.ShouldBe(expected);
    }

    [Fact]
    public async Task A_tenant_override_wins_over_the_embedded_default_through_the_same_fallback()
    {
        await SaveAsync(TenantA, "Greeting", "nl", "Goeiedag {{ name }}");

        (await RenderAsync(TenantA, "Greeting", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Goeiedag Ann");
        (await RenderAsync(TenantA, "Greeting", CultureInfo.GetCultureInfo("en"))).ShouldBe("Hi Ann");
    }

    [Fact]
    public async Task Another_tenant_does_not_see_the_override()
    {
        (await RenderAsync(TenantB, "Greeting", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Dag Ann");
        await SaveAsync(TenantA, "Greeting", null, "Eigen tekst voor {{ name }}");

        (await RenderAsync(TenantA, "Greeting", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Eigen tekst voor Ann");
        (await RenderAsync(TenantB, "Greeting", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Dag Ann");
        (await RenderAsync(null, "Greeting", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Dag Ann");
    }

    [Fact]
    public async Task Saving_or_deleting_an_override_replaces_the_cached_template_at_once()
    {
        (await RenderAsync(TenantA, "Letter", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Letter for Ann");

        await SaveAsync(TenantA, "Letter", "nl-BE", "Brief voor {{ name }}");
        (await RenderAsync(TenantA, "Letter", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Brief voor Ann");

        await SaveAsync(TenantA, "Letter", "nl-BE", "Nieuwe brief voor {{ name }}");
        (await RenderAsync(TenantA, "Letter", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Nieuwe brief voor Ann");

        var deleted = await kernel.InScopeAsync(TenantA, sp =>
            sp.GetRequiredService<ITextTemplateStore>().DeleteAsync("Letter", CultureInfo.GetCultureInfo("nl-BE")));
        deleted.ShouldBeTrue();
        (await RenderAsync(TenantA, "Letter", CultureInfo.GetCultureInfo("nl-BE"))).ShouldBe("Letter for Ann");
    }

    [Fact]
    public async Task Saving_a_culture_neutral_override_twice_keeps_one_row()
    {
        await SaveAsync(TenantA, "Letter", null, "One {{ name }}");
        await SaveAsync(TenantA, "Letter", null, "Two {{ name }}");

        var rows = await kernel.InScopeAsync(TenantA, sp => sp.GetRequiredService<ITextTemplateStore>().ListAsync());
        rows.ShouldHaveSingleItem().Content.ShouldBe("Two {{ name }}");
        rows[0].Culture.ShouldBeNull();
        rows[0].UpdatedAt.ShouldBe(kernel.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Model_properties_are_variables_with_scriban_names_including_nested_ones()
    {
        await SaveAsync(TenantA, "Letter", null, "{{ first_name }} woont in {{ address.city }}");

        var text = await kernel.InScopeAsync(TenantA, sp => sp.GetRequiredService<ITextTemplateRenderer>()
            .RenderAsync("Letter", new { FirstName = "Ann", Address = new { City = "Gent" } }, CultureInfo.GetCultureInfo("nl-BE")));

        text.ShouldBe("Ann woont in Gent");
    }

    [Fact]
    public async Task An_unknown_template_is_refused_naming_it()
    {
        var error = await Should.ThrowAsync<TemplateRenderException>(() => RenderAsync(TenantA, "Nope", CultureInfo.GetCultureInfo("nl-BE")));

        error.Failure.ShouldBe(TemplateFailure.Unknown);
        error.Key.ShouldBe(TemplatingResource.Unknown);
        error.Message.ShouldContain("Nope");
    }

    private Task<string> RenderAsync(Guid? tenant, string name, CultureInfo culture) =>
        kernel.InScopeAsync(tenant, sp => sp.GetRequiredService<ITextTemplateRenderer>().RenderAsync(name, new { Name = "Ann" }, culture));

    private Task SaveAsync(Guid tenant, string name, string? culture, string content) =>
        kernel.InScopeAsync(tenant, sp => sp.GetRequiredService<ITextTemplateStore>()
            .SaveAsync(name, culture is null ? null : CultureInfo.GetCultureInfo(culture), content));
}
