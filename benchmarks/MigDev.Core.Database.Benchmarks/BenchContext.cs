using Microsoft.EntityFrameworkCore;
using MigDev.Core.EntityFrameworkCore;

namespace MigDev.Core.Database.Benchmarks;

/// <summary>The package's tables (<c>AddMigDevModel</c>) and the baseline's plain ones side by side.</summary>
public sealed class BenchContext(DbContextOptions<BenchContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddMigDevCoreConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMigDevModel();
        modelBuilder.Entity<DtoDocument>().ToTable("DtoDocuments").HasKey(r => r.Id);
        modelBuilder.Entity<DtoAgency>().ToTable("DtoAgencies").HasKey(r => r.Id);
        modelBuilder.Entity<DtoProgramme>(e =>
        {
            e.ToTable("DtoProgrammes").HasKey(r => r.Id);
            e.HasIndex(r => r.Position);
        });
        modelBuilder.Entity<DtoParticipant>(e =>
        {
            e.ToTable("DtoParticipants").HasKey(r => r.Id);
            e.HasOne<DtoProgramme>().WithMany().HasForeignKey(r => r.Programme).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.Agency);
        });
        modelBuilder.Entity<DtoProgrammeCountry>(e =>
        {
            e.ToTable("DtoProgrammeCountries").HasKey(r => r.Id);
            e.HasOne<DtoProgramme>().WithMany().HasForeignKey(r => r.Programme).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DtoCommitment>(e =>
        {
            e.ToTable("DtoCommitments").HasKey(r => r.Id);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasIndex(r => r.Programme);
            e.HasIndex(r => r.Position);
        });
        modelBuilder.Entity<DtoContribution>(e =>
        {
            e.ToTable("DtoContributions").HasKey(r => new { r.Commitment, r.Position });
            e.HasOne<DtoCommitment>().WithMany().HasForeignKey(r => r.Commitment).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.Funder);
        });
        modelBuilder.Entity<DtoCitation>(e =>
        {
            e.ToTable("DtoCitations").HasKey(r => r.Id);
            e.HasIndex(r => new { r.OwnerTable, r.OwnerKey });
        });
    }
}
