using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts a <see cref="CurrencyCode"/> to its column: its three-letter ISO 4217 code, such as <c>EUR</c> (a fixed-length, non-Unicode string of 3).
/// </summary>
/// <remarks>Writing <c>default(CurrencyCode)</c> and reading text that is not an ISO 4217 currency code the library knows (or not in the canonical form the library
/// writes) throw <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.</remarks>
public sealed class CurrencyCodeConverter : ValueConverter<CurrencyCode, string>
{
    // One delegate for all reads: a method group in the read expression would make one per value (ColumnText.Read).
    private static readonly Func<string, CurrencyCode> ParseText = CurrencyCode.Parse;

    /// <summary>Initializes a converter whose errors name no table or column.</summary>
    public CurrencyCodeConverter()
        : this(null, null)
    {
    }

    /// <summary>Initializes a converter whose errors name a table and a column.</summary>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public CurrencyCodeConverter(string? table, string? column)
        : base(
            value => ColumnText.Write(value, value.IsDefault, "CurrencyCode", table, column),
            text => ColumnText.Read<CurrencyCode>(text, ParseText, "an ISO 4217 currency code the library knows", table, column),
            new ConverterMappingHints(size: 3, unicode: false))
    {
        Table = table;
        Column = column;
    }

    /// <summary>Gets the table its errors name, or <see langword="null"/>.</summary>
    public string? Table { get; }

    /// <summary>Gets the column its errors name, or <see langword="null"/>.</summary>
    public string? Column { get; }
}
