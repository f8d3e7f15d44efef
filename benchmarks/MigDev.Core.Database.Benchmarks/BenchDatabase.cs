using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MigDev.Core.Database.Benchmarks;

/// <summary>A fresh database of one provider: a SQLite file in the temporary folder, or a throwaway PostgreSQL database
/// on the server of a connection string (created here, dropped by <see cref="Dispose"/>).</summary>
public sealed class BenchDatabase : IDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _admin;
    private readonly string? _name;

    public BenchDatabase(string provider, string? postgres)
    {
        Provider = provider;
        if (provider == "SQLite")
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"migdev-bench-{Guid.NewGuid():N}.db");
            Connection = $"Data Source={_sqliteFile}";
        }
        else
        {
            _admin = postgres ?? throw new InvalidOperationException("PostgreSQL needs a connection string (--postgres or MIGDEV_POSTGRES).");
            _name = $"migdev_bench_{Guid.NewGuid():N}";
            Connection = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
        }
        using var context = CreateContext();
        context.Database.EnsureCreated();
    }

    public string Provider { get; }

    public string Connection { get; }

    /// <summary>Gets the providers to measure: SQLite, and PostgreSQL when <c>MIGDEV_POSTGRES</c> holds a connection string.</summary>
    public static IEnumerable<string> Providers =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MIGDEV_POSTGRES")) ? ["SQLite"] : ["SQLite", "PostgreSQL"];

    public BenchContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<BenchContext>();
        if (_sqliteFile is not null)
        {
            options.UseSqlite(Connection);
        }
        else
        {
            options.UseNpgsql(Connection);
        }
        return new BenchContext(options.Options);
    }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_admin);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
