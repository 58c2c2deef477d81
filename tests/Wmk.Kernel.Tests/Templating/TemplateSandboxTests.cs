using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Templating;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Templating;

public sealed class TemplateSandboxTests : IAsyncLifetime
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private KernelHarness kernel = null!;

    public async Task InitializeAsync() =>
        kernel = await KernelHarness.StartAsync(o => o.ConfigureServices(s => s.AddTestTemplates()));

    public async Task DisposeAsync() => await kernel.DisposeAsync();

    [Fact]
    public async Task Include_is_refused_with_a_clear_error()
    {
        CultureInfo.CurrentUICulture = English;
        var error = await RenderBrokenAsync("before {{ include 'Greeting' }} after");

        error.Failure.ShouldBe(TemplateFailure.IncludeRefused);
        error.Message.ShouldBe("The template 'Letter' tries to include another template; includes are not allowed.");
    }

    [Fact]
    public async Task An_endless_loop_is_stopped_at_the_loop_limit()
    {
        CultureInfo.CurrentUICulture = English;
        var error = await RenderBrokenAsync("{{ while true }}x{{ end }}");

        error.Failure.ShouldBe(TemplateFailure.LoopLimit);
        error.Key.ShouldBe(TemplatingResource.LoopLimit);
        error.Message.ShouldBe("The template 'Letter' exceeds the limit of 1000 loop iterations.");
    }

    [Fact]
    public async Task Endless_recursion_is_stopped_at_the_recursion_limit()
    {
        CultureInfo.CurrentUICulture = English;
        var error = await RenderBrokenAsync("{{ func f }}{{ f }}{{ end }}{{ f }}");

        error.Failure.ShouldBe(TemplateFailure.RecursionLimit);
        error.Message.ShouldContain("50 nested calls");
    }

    [Fact]
    public async Task Output_beyond_one_million_characters_is_stopped()
    {
        CultureInfo.CurrentUICulture = English;
        var error = await RenderBrokenAsync("{{ for i in 1..999 }}{{ 'x' | string.pad_left 2000 }}{{ end }}");

        error.Failure.ShouldBe(TemplateFailure.OutputLimit);
        error.Message.ShouldContain("1000000 characters");
    }

    [Fact]
    public async Task The_limit_message_is_dutch_by_default()
    {
        var error = await RenderBrokenAsync("{{ while true }}x{{ end }}");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-BE");

        error.Message.ShouldBe("Het sjabloon 'Letter' overschrijdt de limiet van 1000 herhalingen in lussen.");
    }

    [Fact]
    public async Task A_parse_error_names_its_line_and_column()
    {
        CultureInfo.CurrentUICulture = English;
        var error = await Should.ThrowAsync<TemplateRenderException>(() => kernel.InScopeAsync(Tenant, sp =>
            sp.GetRequiredService<ITextTemplateRenderer>().RenderAsync("Broken", new { }, English)));

        error.Failure.ShouldBe(TemplateFailure.Parse);
        error.Errors.ShouldNotBeEmpty();
        error.Errors[0].Line.ShouldBe(2);
        error.Errors[0].Column.ShouldBeGreaterThan(1);
        error.Message.ShouldStartWith("The template 'Broken' has errors: (2,");
    }

    [Fact]
    public async Task An_override_that_does_not_parse_is_refused_and_not_stored()
    {
        var error = await Should.ThrowAsync<TemplateRenderException>(() => kernel.InScopeAsync(Tenant, sp =>
            sp.GetRequiredService<ITextTemplateStore>().SaveAsync("Letter", null, "ok\n\n{{ if }}")));

        error.Failure.ShouldBe(TemplateFailure.Parse);
        error.Errors[0].Line.ShouldBe(3);
        var rows = await kernel.InScopeAsync(Tenant, sp => sp.GetRequiredService<ITextTemplateStore>().ListAsync());
        rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_data_members_of_the_model_are_visible()
    {
        await SaveAsync("[{{ name }}|{{ kind }}|{{ kind.assembly }}]");

        var text = await kernel.InScopeAsync(Tenant, sp => sp.GetRequiredService<ITextTemplateRenderer>()
            .RenderAsync("Letter", new { Name = "Ann", Kind = typeof(string) }, English));

        text.ShouldBe("[Ann||]");
    }

    [Fact]
    public async Task A_cancelled_render_stops_with_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => kernel.InScopeAsync(Tenant, sp =>
            sp.GetRequiredService<ITextTemplateRenderer>().RenderAsync("Letter", new { Name = "Ann" }, English, cancelled.Token)));
    }

    private async Task<TemplateRenderException> RenderBrokenAsync(string content)
    {
        await SaveAsync(content);
        return await Should.ThrowAsync<TemplateRenderException>(() => kernel.InScopeAsync(Tenant, sp =>
            sp.GetRequiredService<ITextTemplateRenderer>().RenderAsync("Letter", new { Name = "Ann" }, English)));
    }

    private Task SaveAsync(string content) =>
        kernel.InScopeAsync(Tenant, sp => sp.GetRequiredService<ITextTemplateStore>().SaveAsync("Letter", null, content));
}
