using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>The one test that says, when no PostgreSQL server is given, that the PostgreSQL cases did not run and how to
/// run them; with a server, that it is one.</summary>
public class PostgreSqlTest
{
    // `dotnet test` prints a skipped test's name, not its reason: the name is the one line that says how to run them.
    [Fact(DisplayName = "PostgreSQL tests run only when MIGDEV_POSTGRES holds a connection string (or under .ci/run, which starts a server)")]
    public void TheServer_IsPostgreSql()
    {
        if (!TestDatabase.HasPostgres)
        {
            Assert.Skip(TestDatabase.SkipReason);
        }
        using var db = TestDatabase.Open(TestDatabase.Postgres);
        using var context = db.CreateContext();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", context.Database.ProviderName);
    }
}
