using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts a <see cref="PartialDate"/> to its column: its ISO 8601 text with its precision, <c>2010</c>, <c>2010-06</c> or <c>2010-06-30</c> (at most 10 ASCII characters), which sorts in order of first day, a coarser date before the finer ones it contains.
/// </summary>
/// <remarks>Writing <c>default(PartialDate)</c> and reading text that is not a partial date (yyyy, yyyy-MM or yyyy-MM-dd) (or not in the canonical form the library
/// writes) throw <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.</remarks>
public sealed class PartialDateConverter : ValueConverter<PartialDate, string>
{
    // One delegate for all reads: a method group in the read expression would make one per value (ColumnText.Read).
    private static readonly Func<string, PartialDate> ParseText = PartialDate.Parse;

    /// <summary>Initializes a converter whose errors name no table or column.</summary>
    public PartialDateConverter()
        : this(null, null)
    {
    }

    /// <summary>Initializes a converter whose errors name a table and a column.</summary>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public PartialDateConverter(string? table, string? column)
        : base(
            value => ColumnText.Write(value, value.IsDefault, "PartialDate", table, column),
            text => ColumnText.Read<PartialDate>(text, ParseText, "a partial date (yyyy, yyyy-MM or yyyy-MM-dd)", table, column),
            new ConverterMappingHints(size: 10, unicode: false))
    {
        Table = table;
        Column = column;
    }

    /// <summary>Gets the table its errors name, or <see langword="null"/>.</summary>
    public string? Table { get; }

    /// <summary>Gets the column its errors name, or <see langword="null"/>.</summary>
    public string? Column { get; }
}
