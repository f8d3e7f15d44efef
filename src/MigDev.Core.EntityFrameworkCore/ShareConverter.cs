using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts a <see cref="Share"/> to its column: its exact reduced fraction <c>n/d</c>, such as <c>1/3</c> (at most 39 ASCII characters: two 64-bit integers and a slash).
/// </summary>
/// <remarks>Writing <c>default(Share)</c> and reading text that is not a share written as a reduced fraction n/d from 0 to 1 (or not in the canonical form the library
/// writes) throw <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.</remarks>
public sealed class ShareConverter : ValueConverter<Share, string>
{
    // One delegate for all reads: a method group in the read expression would make one per value (ColumnText.Read).
    private static readonly Func<string, Share> ParseText = Share.Parse;

    /// <summary>Initializes a converter whose errors name no table or column.</summary>
    public ShareConverter()
        : this(null, null)
    {
    }

    /// <summary>Initializes a converter whose errors name a table and a column.</summary>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public ShareConverter(string? table, string? column)
        : base(
            value => ColumnText.Write(value, value.IsDefault, "Share", table, column),
            text => ColumnText.Read<Share>(text, ParseText, "a share written as a reduced fraction n/d from 0 to 1", table, column),
            new ConverterMappingHints(size: 39, unicode: false))
    {
        Table = table;
        Column = column;
    }

    /// <summary>Gets the table its errors name, or <see langword="null"/>.</summary>
    public string? Table { get; }

    /// <summary>Gets the column its errors name, or <see langword="null"/>.</summary>
    public string? Column { get; }
}
