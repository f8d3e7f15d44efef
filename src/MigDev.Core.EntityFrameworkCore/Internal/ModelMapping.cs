using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>The tables of <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>, in three groups.</summary>
internal static class ModelMapping
{
    public static void Records(ModelBuilder b)
    {
        b.Entity<DocumentRow>(e =>
        {
            e.ToTable(Tables.Documents).HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
        });
        b.Entity<AgencyRow>(e =>
        {
            e.ToTable(Tables.Agencies).HasKey(r => r.Id);
            e.Property(r => r.Kind).HasMaxLength(40);
            e.HasIndex(r => r.IatiIdentifier);
        });
        b.Entity<ProgrammeRow>(e =>
        {
            e.ToTable(Tables.Programmes).HasKey(r => r.Id);
            e.HasIndex(r => r.Position);
            e.HasIndex(r => r.IatiIdentifier);
        });
        b.Entity<MeetingRow>(e => e.ToTable(Tables.Meetings).HasKey(r => r.Id));
        b.Entity<ParticipantRow>(e =>
        {
            e.ToTable(Tables.Participants).HasKey(r => r.Id);
            e.Property(r => r.Role).HasMaxLength(40);
            e.HasOne<ProgrammeRow>().WithMany().HasForeignKey(r => r.Programme).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MeetingRow>().WithMany().HasForeignKey(r => r.Meeting).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.Agency);
        });
        b.Entity<ProgrammeCountryRow>(e =>
        {
            e.ToTable(Tables.ProgrammeCountries).HasKey(r => r.Id);
            e.Property(r => r.Relation).HasMaxLength(40);
            e.HasOne<ProgrammeRow>().WithMany().HasForeignKey(r => r.Programme).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.Country);
        });
        b.Entity<MembershipRow>(e =>
        {
            e.ToTable(Tables.Memberships).HasKey(r => r.Id);
            e.Property(r => r.Role).HasMaxLength(40);
        });
        b.Entity<CitationRow>(e =>
        {
            e.ToTable(Tables.Citations).HasKey(r => r.Id);
            e.Property(r => r.OwnerTable).HasMaxLength(64);
            e.HasIndex(r => new { r.OwnerTable, r.OwnerKey });
            e.HasIndex(r => r.DocumentId);
        });
    }

    public static void Funding(ModelBuilder b)
    {
        b.Entity<CommitmentRow>(e =>
        {
            e.ToTable(Tables.Commitments).HasKey(r => r.Id);
            e.UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.ComplexProperty(r => r.Amount);
            foreach (var name in (string[])[nameof(CommitmentRow.Stage), nameof(CommitmentRow.BudgetKind), nameof(CommitmentRow.Direction)])
            {
                e.Property(name).HasMaxLength(40);
            }
            e.HasIndex(r => r.Programme);
            e.HasIndex(r => r.Position);
        });
        b.Entity<ContributionRow>(e =>
        {
            e.ToTable(Tables.Contributions).HasKey(r => new { r.Commitment, r.Position });
            e.HasOne<CommitmentRow>().WithMany().HasForeignKey(r => r.Commitment).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.Funder);
        });
    }

    public static void Matrix(ModelBuilder b)
    {
        b.Entity<ThemeRow>(e =>
        {
            e.ToTable(Tables.Themes).HasKey(r => r.Number);
            e.Property(r => r.Number).ValueGeneratedNever();
        });
        b.Entity<RoundtableRow>(e =>
        {
            e.ToTable(Tables.Roundtables).HasKey(r => r.Number);
            e.Property(r => r.Number).ValueGeneratedNever();
        });
        b.Entity<SessionRow>(e =>
        {
            e.ToTable(Tables.Sessions).HasKey(r => new { r.Roundtable, r.Letter });
            e.Property(r => r.Letter).HasMaxLength(1);
        });
        b.Entity<ActivityRow>(e =>
        {
            e.ToTable(Tables.Activities).HasKey(r => r.Id);
            e.Property(r => r.Session).HasMaxLength(1);
        });
    }
}
