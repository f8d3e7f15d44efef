using Microsoft.EntityFrameworkCore;
using MigDev.Core.EntityFrameworkCore;

namespace MigDev.Core.Samples.Database;

/// <summary>An application's context: the library's value types by convention, and the whole model's tables.</summary>
public sealed class FundingContext(DbContextOptions<FundingContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddMigDevCoreConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMigDevModel();
}
