using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>An enum of the whole-model rows as its name (<c>Commitment</c>, <c>Funding</c>): readable in SQL, and stable
/// when members are added. A name that is not a member (<c>'Gift'</c>, <c>'commitment'</c>, <c>'1'</c>) is a
/// <see cref="MigDevDatabaseValueException"/> naming the table, the column and the text.</summary>
internal sealed class EnumNameConverter<TEnum>(string table, string column) : ValueConverter<TEnum, string>(
    value => Write(value, table, column),
    text => Read(text, table, column),
    new ConverterMappingHints(size: 40, unicode: false))
    where TEnum : struct, Enum
{
    // The name each defined member writes: a text is read only if it is one of them, exactly (not '1', not 'commitment').
    private static readonly Dictionary<string, TEnum> Names = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v.ToString(), StringComparer.Ordinal);

    private static string Write(TEnum value, string table, string column) =>
        Enum.IsDefined(value)
            ? value.ToString()
            : throw new MigDevDatabaseValueException(table, column, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), $"is not a defined {typeof(TEnum).Name} and cannot be saved", null);

    private static TEnum Read(string text, string table, string column) =>
        Names.TryGetValue(text, out var value)
            ? value
            : throw new MigDevDatabaseValueException(table, column, text, $"is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", Enum.GetNames<TEnum>())}", null);
}
