using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts a <see cref="Timeframe"/> to its column: its canonical text, after ISO 8601 intervals, such as
/// <c>2009/2011</c>, <c>2011/..</c>, <c>../2010-06</c>, <c>P4Y</c> or <c>2008/P4Y</c> (a non-Unicode string).
/// </summary>
/// <remarks>A <see langword="null"/> timeframe is a <c>NULL</c> (EF Core never passes it to a converter). Reading text
/// that is not a timeframe (or not in the canonical form the library writes) throws
/// <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.</remarks>
public sealed class TimeframeConverter : ValueConverter<Timeframe, string>
{
    // One delegate for all reads: a method group in the read expression would make one per value (ColumnText.Read).
    private static readonly Func<string, Timeframe> ParseText = Timeframe.Parse;

    /// <summary>Initializes a converter whose errors name no table or column.</summary>
    public TimeframeConverter()
        : this(null, null)
    {
    }

    /// <summary>Initializes a converter whose errors name a table and a column.</summary>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public TimeframeConverter(string? table, string? column)
        : base(
            value => ColumnText.Write(value, false, "Timeframe", table, column),
            text => ColumnText.Read<Timeframe>(text, ParseText, "a timeframe (2009/2011, 2011/.., ../2010-06, P4Y or 2008/P4Y)", table, column),
            new ConverterMappingHints(unicode: false))
    {
        Table = table;
        Column = column;
    }

    /// <summary>Gets the table its errors name, or <see langword="null"/>.</summary>
    public string? Table { get; }

    /// <summary>Gets the column its errors name, or <see langword="null"/>.</summary>
    public string? Column { get; }
}
