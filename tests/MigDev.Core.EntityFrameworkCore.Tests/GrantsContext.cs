using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Tests;

public sealed class GrantsContext(DbContextOptions<GrantsContext> options) : DbContext(options)
{
    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<NarrowGrant> NarrowGrants => Set<NarrowGrant>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddMigDevCoreConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NarrowGrant>().ComplexProperty(g => g.Amount).Property(m => m.Amount).HasPrecision(38, 18);
        modelBuilder.AddMigDevModel();
    }
}
