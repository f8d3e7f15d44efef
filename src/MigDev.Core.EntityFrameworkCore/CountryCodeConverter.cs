using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts a <see cref="CountryCode"/> to its column: its ISO 3166-1 alpha-2 code, such as <c>MA</c> (a fixed-length, non-Unicode string of 2).
/// </summary>
/// <remarks>Writing <c>default(CountryCode)</c> and reading text that is not an ISO 3166-1 alpha-2 country code the library knows (or not in the canonical form the library
/// writes) throw <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.</remarks>
public sealed class CountryCodeConverter : ValueConverter<CountryCode, string>
{
    // One delegate for all reads: a method group in the read expression would make one per value (ColumnText.Read).
    private static readonly Func<string, CountryCode> ParseText = CountryCode.Parse;

    /// <summary>Initializes a converter whose errors name no table or column.</summary>
    public CountryCodeConverter()
        : this(null, null)
    {
    }

    /// <summary>Initializes a converter whose errors name a table and a column.</summary>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public CountryCodeConverter(string? table, string? column)
        : base(
            value => ColumnText.Write(value, value.IsDefault, "CountryCode", table, column),
            text => ColumnText.Read<CountryCode>(text, ParseText, "an ISO 3166-1 alpha-2 country code the library knows", table, column),
            new ConverterMappingHints(size: 2, unicode: false))
    {
        Table = table;
        Column = column;
    }

    /// <summary>Gets the table its errors name, or <see langword="null"/>.</summary>
    public string? Table { get; }

    /// <summary>Gets the column its errors name, or <see langword="null"/>.</summary>
    public string? Column { get; }
}
