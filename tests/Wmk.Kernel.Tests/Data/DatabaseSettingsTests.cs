using Npgsql;
using Wmk.Kernel.Data;

namespace Wmk.Kernel.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void A_postgresql_connection_string_gets_automatic_statement_preparation()
    {
        var settings = DatabaseSettings.Parse("Host=db.example;Database=wmk;Username=wmk;Password=geheim;");

        settings.Provider.ShouldBe(DatabaseProvider.PostgreSql);
        var parsed = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        parsed.MaxAutoPrepare.ShouldBe(DatabaseSettings.AutoPrepared);
        parsed.AutoPrepareMinUsages.ShouldBe(2);
        parsed.Host.ShouldBe("db.example");
        parsed.Password.ShouldBe("geheim");
    }

    [Theory]
    [InlineData("Host=db;Database=wmk;Max Auto Prepare=0")]
    [InlineData("Host=db;Database=wmk;maxautoprepare=7")]
    public void An_operator_choice_of_statement_preparation_is_kept(string raw) =>
        DatabaseSettings.Parse(raw).ConnectionString.ShouldBe(raw);

    [Fact]
    public void A_sqlite_connection_string_is_left_as_configured() =>
        DatabaseSettings.Parse("Data Source=./data/wmk.db").ConnectionString.ShouldBe("Data Source=./data/wmk.db");
}
