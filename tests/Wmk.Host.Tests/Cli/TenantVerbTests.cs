using Wmk.Testing;

namespace Wmk.Host.Tests.Cli;

public sealed class TenantVerbTests
{
    private const string Password = "Sterk-Wachtwoord-2026";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Tenant_create_list_disable_and_module_switches_work_from_the_command_line(DatabaseKind kind)
    {
        var db = TestDatabase.Create(kind);
        (await Cli.RunAsync(db, "migrate")).ExitCode.ShouldBe(0);

        var created = await Cli.RunAsync(db, "tenant", "create", "--slug", "antwerpen", "--name", "Wonen Antwerpen",
            "--admin-email", "coord@antwerpen.test", "--admin-password", Password);
        created.ExitCode.ShouldBe(0, created.Error);
        created.Output.ShouldContain("antwerpen");

        var list = await Cli.RunAsync(db, "tenant", "list");
        list.Output.ShouldContain("antwerpen\tactive\tWonen Antwerpen");

        var modules = await Cli.RunAsync(db, "module", "list", "--tenant", "antwerpen");
        modules.ExitCode.ShouldBe(0);
        modules.Output.ShouldContain("antwerpen\tTenancy\ton (always)");

        (await Cli.RunAsync(db, "tenant", "disable", "--slug", "antwerpen")).ExitCode.ShouldBe(0);
        (await Cli.RunAsync(db, "tenant", "list")).Output.ShouldContain("antwerpen\tdisabled");
    }

    [Theory]
    [InlineData("--slug", "Bad Slug!", "--admin-email", "a@b.test", "--admin-password", Password, "korte naam")]
    [InlineData("--slug", "goodslug", "--admin-email", "not-an-email", "--admin-password", Password, "e-mailadres")]
    [InlineData("--slug", "goodslug", "--admin-email", "a@b.test", "--admin-password", "kort", "10 tekens")]
    public async Task Bad_tenant_arguments_give_one_clear_line_a_non_zero_exit_and_create_nothing(
        string slugFlag, string slug, string emailFlag, string email, string passwordFlag, string password, string expected)
    {
        var db = TestDatabase.Create(DatabaseKind.Sqlite);
        var result = await Cli.RunAsync(db, "tenant", "create", slugFlag, slug, "--name", "Org", emailFlag, email, passwordFlag, password);

        result.ExitCode.ShouldNotBe(0);
        result.Error.Trim().Split('\n').Length.ShouldBe(1);
        result.Error.ShouldContain(expected);
        (await Cli.RunAsync(db, "tenant", "list")).Output.Trim().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_duplicate_slug_is_refused_and_the_first_tenant_stays_as_it_was()
    {
        var db = TestDatabase.Create(DatabaseKind.PostgreSql);
        (await Cli.RunAsync(db, "tenant", "create", "--slug", "gent", "--name", "Gent", "--admin-email", "a@gent.test",
            "--admin-password", Password)).ExitCode.ShouldBe(0);

        var again = await Cli.RunAsync(db, "tenant", "create", "--slug", "gent", "--name", "Ander", "--admin-email",
            "b@gent.test", "--admin-password", Password);

        again.ExitCode.ShouldBe(2);
        again.Error.ShouldContain("'gent' is al in gebruik");
        (await Cli.RunAsync(db, "tenant", "list")).Output.ShouldBe("gent\tactive\tGent\n");
    }

    [Fact]
    public async Task An_unknown_module_names_the_available_ones()
    {
        var db = TestDatabase.Create(DatabaseKind.Sqlite);
        await Cli.RunAsync(db, "tenant", "create", "--slug", "brugge", "--name", "Brugge", "--admin-email", "a@brugge.test",
            "--admin-password", Password);

        var result = await Cli.RunAsync(db, "module", "enable", "--tenant", "brugge", "--module", "Zwembad");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("Onbekende module 'Zwembad'");
        result.Error.ShouldContain("Tenancy");
    }

    [Fact]
    public async Task A_missing_argument_and_an_unknown_command_are_usage_errors()
    {
        var db = TestDatabase.Create(DatabaseKind.Sqlite);
        var missing = await Cli.RunAsync(db, "tenant", "disable");
        missing.ExitCode.ShouldBe(2);
        missing.Error.ShouldContain("--slug is required");

        var unknown = await Cli.RunAsync(db, "tenant", "explode");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("Unknown command");
    }
}
