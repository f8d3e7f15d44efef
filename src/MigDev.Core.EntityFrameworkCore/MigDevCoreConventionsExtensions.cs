using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Maps the library's value types in an EF Core model by convention, from <c>DbContext.ConfigureConventions</c>:
/// <c>configurationBuilder.AddMigDevCoreConventions();</c>.
/// </summary>
public static class MigDevCoreConventionsExtensions
{
    /// <summary>
    /// Maps every property of the library's value types, by convention: <see cref="Money"/> as a complex type of two
    /// columns (amount, currency); <see cref="CurrencyCode"/> and <see cref="CountryCode"/> as their codes (fixed-length
    /// strings of 3 and 2); <see cref="AgencyId"/> and <see cref="ProgrammeId"/> as their text; <see cref="PartialDate"/>
    /// as its ISO 8601 text with its precision (sortable); <see cref="Timeframe"/> as its text; <see cref="Share"/> as its
    /// exact fraction <c>n/d</c>.
    /// </summary>
    /// <remarks>
    /// <para>A <see cref="Money"/> amount is exact on every provider: PostgreSQL's unconstrained <c>numeric</c> (every
    /// <see cref="decimal"/>, its scale kept); SQLite, which has no decimal, exact text (<c>1.50</c>, <c>-0.00</c>) read and written by a decimal type mapping of its own, so that comparisons and sums still run through the provider's exact decimal functions;
    /// a provider whose decimal has a fixed precision (SQL Server's <c>decimal(18, 2)</c>) gets <c>(38, 18)</c>. A
    /// precision or scale set on the amount (<c>HasPrecision(38, 18)</c>) is checked on saving: a value it would not
    /// hold exactly throws <see cref="MigDevDatabaseValueException"/> instead of being rounded.</para>
    /// <para>Each converter names its table and column in its errors; a property with a converter of the user's own
    /// keeps it. docs/database.md of the repository gives every mapping and its reason.</para>
    /// </remarks>
    /// <param name="configurationBuilder">The builder passed to <c>ConfigureConventions</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configurationBuilder"/> is <see langword="null"/>.</exception>
    public static ModelConfigurationBuilder AddMigDevCoreConventions(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.ComplexProperties<Money>();
        configurationBuilder.Properties<CurrencyCode>().HaveConversion<CurrencyCodeConverter, ImmutableValueComparer<CurrencyCode>>().HaveMaxLength(3).AreFixedLength().AreUnicode(false);
        configurationBuilder.Properties<CountryCode>().HaveConversion<CountryCodeConverter, ImmutableValueComparer<CountryCode>>().HaveMaxLength(2).AreFixedLength().AreUnicode(false);
        configurationBuilder.Properties<AgencyId>().HaveConversion<AgencyIdConverter, ImmutableValueComparer<AgencyId>>().HaveMaxLength(64).AreUnicode(false);
        configurationBuilder.Properties<ProgrammeId>().HaveConversion<ProgrammeIdConverter, ImmutableValueComparer<ProgrammeId>>().HaveMaxLength(64).AreUnicode(false);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter, ImmutableValueComparer<PartialDate>>().HaveMaxLength(10).AreUnicode(false);
        configurationBuilder.Properties<Share>().HaveConversion<ShareConverter, ImmutableValueComparer<Share>>().HaveMaxLength(39).AreUnicode(false);
        configurationBuilder.Properties<Timeframe>().HaveConversion<TimeframeConverter, ImmutableValueComparer<Timeframe>>().AreUnicode(false);
        configurationBuilder.Conventions.Add(services => new MigDevCoreConvention(services.GetRequiredService<ITypeMappingSource>()));
        return configurationBuilder;
    }
}
