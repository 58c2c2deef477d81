using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wmk.Housing.Features.Contracts;

namespace Wmk.Housing.Tests;

public sealed class PlaceGuardTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);

    [Theory]
    [InlineData("23P01")]
    [InlineData("40P01")]
    [InlineData("40001")]
    public void A_save_that_lost_the_race_for_the_place_is_recognised_also_when_wrapped_as_a_transient_failure(string sqlState)
    {
        var update = new DbUpdateException("save failed", Postgres(sqlState));
        PlaceGuard.LostRace(update).ShouldBeTrue();
        PlaceGuard.LostRace(new InvalidOperationException("likely a transient failure", update)).ShouldBeTrue();
    }

    [Fact]
    public void Other_database_errors_are_not_taken_for_a_lost_race()
    {
        PlaceGuard.LostRace(new DbUpdateException("save failed", Postgres("23505"))).ShouldBeFalse();
        PlaceGuard.LostRace(new InvalidOperationException("no database at all")).ShouldBeFalse();
    }
}
