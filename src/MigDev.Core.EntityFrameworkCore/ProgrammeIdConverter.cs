using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts a <see cref="ProgrammeId"/> to its column: its text, such as <c>jmdi</c> (at most 64 ASCII characters).
/// </summary>
/// <remarks>Writing <c>default(ProgrammeId)</c> and reading text that is not a programme id (lower-case words of letters and digits joined by hyphens) (or not in the canonical form the library
/// writes) throw <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.</remarks>
public sealed class ProgrammeIdConverter : ValueConverter<ProgrammeId, string>
{
    // One delegate for all reads: a method group in the read expression would make one per value (ColumnText.Read).
    private static readonly Func<string, ProgrammeId> ParseText = ProgrammeId.Parse;

    /// <summary>Initializes a converter whose errors name no table or column.</summary>
    public ProgrammeIdConverter()
        : this(null, null)
    {
    }

    /// <summary>Initializes a converter whose errors name a table and a column.</summary>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public ProgrammeIdConverter(string? table, string? column)
        : base(
            value => ColumnText.Write(value, value.IsDefault, "ProgrammeId", table, column),
            text => ColumnText.Read<ProgrammeId>(text, ParseText, "a programme id (lower-case words of letters and digits joined by hyphens)", table, column),
            new ConverterMappingHints(size: 64, unicode: false))
    {
        Table = table;
        Column = column;
    }

    /// <summary>Gets the table its errors name, or <see langword="null"/>.</summary>
    public string? Table { get; }

    /// <summary>Gets the column its errors name, or <see langword="null"/>.</summary>
    public string? Column { get; }
}
