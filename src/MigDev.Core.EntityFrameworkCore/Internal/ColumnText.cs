using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The text of each value type in its column, both ways: writes refuse <c>default</c> values, reads accept only the
/// canonical text the write produces (so that what is read is exactly what was written, and a hand-written
/// <c>'eur'</c> or <c>'2/4'</c> is an error rather than a silent change), each failure a
/// <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.
/// </summary>
internal static class ColumnText
{
    public delegate bool TryParser<T>(string text, [MaybeNullWhen(false)] out T value);

    /// <summary>Returns the canonical text of a value, refusing <c>default</c>.</summary>
    public static string Write<T>(T value, bool isDefault, string typeName, string? table, string? column)
        where T : notnull =>
        isDefault
            ? throw new MigDevDatabaseValueException(table, column, null, $"default({typeName}) is not a value and cannot be saved; make the property nullable ({typeName}?) for \"none\"", null)
            : value.ToString()!;

    /// <summary>Reads a value from its canonical text.</summary>
    public static T Read<T>(string text, TryParser<T> tryParse, string expected, string? table, string? column)
        where T : notnull
    {
        if (!tryParse(text, out var value))
        {
            throw new MigDevDatabaseValueException(table, column, text, $"is not {expected}", null);
        }
        var canonical = value.ToString();
        return canonical == text
            ? value
            : throw new MigDevDatabaseValueException(table, column, text, $"is not in canonical form: expected '{canonical}' (the text the library writes)", null);
    }

    public static bool TryCurrency(string text, out CurrencyCode value) => CurrencyCode.TryParse(text, out value);

    public static bool TryCountry(string text, out CountryCode value) => CountryCode.TryParse(text, out value);

    public static bool TryAgency(string text, out AgencyId value) => AgencyId.TryParse(text, out value);

    public static bool TryProgramme(string text, out ProgrammeId value) => ProgrammeId.TryParse(text, out value);

    public static bool TryPartialDate(string text, out PartialDate value) => PartialDate.TryParse(text, out value);

    public static bool TryShare(string text, out Share value) => Share.TryParse(text, out value);

    public static bool TryTimeframe(string text, [NotNullWhen(true)] out Timeframe? value) => Timeframe.TryParse(text, out value);
}
