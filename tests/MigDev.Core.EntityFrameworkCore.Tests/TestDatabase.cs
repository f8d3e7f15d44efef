using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>
/// A fresh, empty database of one of the two providers the suite runs against: SQLite in memory, always; PostgreSQL when
/// <c>MIGDEV_POSTGRES</c> holds a connection string (a throwaway database is created for each test and dropped after
/// it), otherwise the test is skipped with one line saying how to run it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string Sqlite = "SQLite";
    public const string Postgres = "PostgreSQL";

    public const string SkipReason =
        "PostgreSQL tests skipped: set MIGDEV_POSTGRES to a connection string (a throwaway database is created per test), or run .ci/run which starts a server.";

    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgres;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(string provider)
    {
        Provider = provider;
        if (provider == Sqlite)
        {
            _sqlite = new SqliteConnection("Data Source=:memory:");
            _sqlite.Open();
        }
        else
        {
            _adminConnection = Environment.GetEnvironmentVariable("MIGDEV_POSTGRES");
            if (string.IsNullOrWhiteSpace(_adminConnection))
            {
                Assert.Skip(SkipReason);
            }
            _databaseName = $"migdev_efcore_{Guid.NewGuid():N}";
            _postgres = new NpgsqlConnectionStringBuilder(_adminConnection) { Database = _databaseName, Pooling = false }.ConnectionString;
        }
        using var context = CreateContext();
        context.Database.EnsureCreated();
    }

    /// <summary>Gets whether <c>MIGDEV_POSTGRES</c> names a server.</summary>
    public static bool HasPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MIGDEV_POSTGRES"));

    /// <summary>Gets the databases each test runs against: SQLite, and PostgreSQL when a server is given (without one,
    /// the single test <see cref="PostgreSqlTest"/> is skipped with the line saying how to run them, rather than every
    /// case once).</summary>
    public static TheoryData<string> Providers => HasPostgres ? [Sqlite, Postgres] : [Sqlite];

    /// <summary>Gets the names of the databases each test runs against.</summary>
    public static IEnumerable<string> ProviderNames => HasPostgres ? [Sqlite, Postgres] : [Sqlite];

    public string Provider { get; }

    public bool IsPostgres => Provider == Postgres;

    public static TestDatabase Open(string provider) => new(provider);

    public GrantsContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<GrantsContext>();
        if (_sqlite is not null)
        {
            options.UseSqlite(_sqlite);
        }
        else
        {
            options.UseNpgsql(_postgres);
        }
        return new GrantsContext(options.Options);
    }

    /// <summary>Runs SQL written by hand (the bad rows a test plants), outside EF Core's converters.</summary>
    public void Execute(string sql)
    {
        using var context = CreateContext();
#pragma warning disable EF1002 // the SQL is the test's own constant text
        context.Database.ExecuteSqlRaw(sql);
#pragma warning restore EF1002
    }

    public void Dispose()
    {
        if (_sqlite is not null)
        {
            _sqlite.Dispose();
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_adminConnection);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
