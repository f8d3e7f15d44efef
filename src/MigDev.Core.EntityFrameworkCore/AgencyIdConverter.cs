using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts a <see cref="AgencyId"/> to its column: its text, such as <c>un-desa</c> (at most 64 ASCII characters).
/// </summary>
/// <remarks>Writing <c>default(AgencyId)</c> and reading text that is not an agency id (lower-case words of letters and digits joined by hyphens) (or not in the canonical form the library
/// writes) throw <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.</remarks>
public sealed class AgencyIdConverter : ValueConverter<AgencyId, string>
{
    // One delegate for all reads: a method group in the read expression would make one per value (ColumnText.Read).
    private static readonly Func<string, AgencyId> ParseText = AgencyId.Parse;

    /// <summary>Initializes a converter whose errors name no table or column.</summary>
    public AgencyIdConverter()
        : this(null, null)
    {
    }

    /// <summary>Initializes a converter whose errors name a table and a column.</summary>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public AgencyIdConverter(string? table, string? column)
        : base(
            value => ColumnText.Write(value, value.IsDefault, "AgencyId", table, column),
            text => ColumnText.Read<AgencyId>(text, ParseText, "an agency id (lower-case words of letters and digits joined by hyphens)", table, column),
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
