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
    private static string Write(TEnum value, string table, string column) =>
        Enum.IsDefined(value)
            ? value.ToString()
            : throw new MigDevDatabaseValueException(table, column, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), $"is not a defined {typeof(TEnum).Name} and cannot be saved", null);

    private static TEnum Read(string text, string table, string column) =>
        Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && string.Equals(value.ToString(), text, StringComparison.Ordinal)
            ? value
            : throw new MigDevDatabaseValueException(table, column, text, $"is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", Enum.GetNames<TEnum>())}", null);
}
