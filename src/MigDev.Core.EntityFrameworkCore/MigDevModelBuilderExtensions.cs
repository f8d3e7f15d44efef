using Microsoft.EntityFrameworkCore;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Maps the whole domain model (a <see cref="MigDevModel"/>: documents, agencies, programmes with their partners and
/// countries, commitments with their funders, the GFMD matrix, meetings, memberships and every citation) to fourteen
/// tables, opt-in, from <c>DbContext.OnModelCreating</c>: <c>modelBuilder.AddMigDevModel();</c>.
/// </summary>
public static class MigDevModelBuilderExtensions
{
    /// <summary>
    /// Adds the row entities of the whole model (<see cref="AgencyRow"/>, <see cref="ProgrammeRow"/>,
    /// <see cref="CommitmentRow"/>...) to the model, in tables named <c>MigDev...</c>; <see cref="MigDevModelStore"/>
    /// saves a <see cref="MigDevModel"/> to them and loads it back, and <see cref="IatiDatabaseImport"/> streams IATI
    /// activities into them.
    /// </summary>
    /// <remarks>
    /// <para>The context must also call <see cref="MigDevCoreConventionsExtensions.AddMigDevCoreConventions"/> from
    /// <c>ConfigureConventions</c>: the rows hold the library's value types. Enums are stored as their names; lists of
    /// texts (aliases, objectives) as a JSON array on SQLite and an array on PostgreSQL. Child rows (partners, countries,
    /// funders) have a foreign key to their programme, meeting or commitment and are deleted with it; references
    /// between records (a commitment's programme, a funder's agency) are indexed columns without a foreign key, as the
    /// model itself holds them: <see cref="ModelValidator"/> checks them. docs/database.md of the repository lists the
    /// tables.</para>
    /// </remarks>
    /// <param name="modelBuilder">The builder passed to <c>OnModelCreating</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is <see langword="null"/>.</exception>
    public static ModelBuilder AddMigDevModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ModelMapping.Records(modelBuilder);
        ModelMapping.Funding(modelBuilder);
        ModelMapping.Matrix(modelBuilder);
        return modelBuilder;
    }
}
