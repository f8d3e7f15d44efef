using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MigDev.Core;

/// <summary>
/// A name that UN texts, IATI narratives or ordinary English have used for a country since 1990 and that is not one of
/// its current UN names: a former official name with the years it was official ("Zaire", 1971-1997), or a common English
/// name ("Holland"). <see cref="Country.TryResolve"/> accepts every one; see <see cref="Country.HistoricalNames"/>.
/// </summary>
/// <remarks>
/// <para>Source: data/m49/former-names.csv, one row per name, each with the source of the name and of its period
/// (<see cref="Source"/>). A period the sources do not give is left open (<see langword="null"/>), never guessed.</para>
/// <para>Equality is by value. Immutable and thread-safe.</para>
/// </remarks>
public sealed class HistoricalCountryName : IEquatable<HistoricalCountryName>
{
    internal HistoricalCountryName(string name, HistoricalNameKind kind, int? officialFrom, int? officialUntil, string source)
    {
        Name = name;
        Kind = kind;
        OfficialFrom = officialFrom;
        OfficialUntil = officialUntil;
        Source = source;
    }

    /// <summary>Gets the name as it was written, such as <c>Swaziland</c> or <c>the former Yugoslav Republic of
    /// Macedonia</c>.</summary>
    public string Name { get; }

    /// <summary>Gets whether the name was official or is a common English name.</summary>
    public HistoricalNameKind Kind { get; }

    /// <summary>Gets the first year the name was official, or <see langword="null"/> where the sources do not give it
    /// or the name was never official.</summary>
    public int? OfficialFrom { get; }

    /// <summary>Gets the last year the name was official (the year it was replaced), or <see langword="null"/> where the
    /// sources do not give it or the name was never official.</summary>
    public int? OfficialUntil { get; }

    /// <summary>Gets the source of the name and its period: a URL of a UN, ISO or press text, or a column of a table in
    /// data/m49.</summary>
    public string Source { get; }

    /// <summary>Compares two names by value.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(HistoricalCountryName? left, HistoricalCountryName? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two names by value.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(HistoricalCountryName? left, HistoricalCountryName? right) => !(left == right);

    /// <summary>Returns whether another name has the same text, kind, period and source.</summary>
    /// <param name="other">The other name.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] HistoricalCountryName? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind
        && OfficialFrom == other.OfficialFrom && OfficialUntil == other.OfficialUntil && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is HistoricalCountryName other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Kind, OfficialFrom, OfficialUntil);

    /// <summary>Returns the name and its period, such as <c>Swaziland (official until 2018)</c>,
    /// <c>the former Yugoslav Republic of Macedonia (official 1993-2019)</c> or <c>Holland (common English name)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Kind, OfficialFrom, OfficialUntil) switch
    {
        (HistoricalNameKind.CommonEnglish, _, _) => $"{Name} (common English name)",
        (_, { } from, { } until) => string.Create(CultureInfo.InvariantCulture, $"{Name} (official {from}-{until})"),
        (_, null, { } until) => string.Create(CultureInfo.InvariantCulture, $"{Name} (official until {until})"),
        (_, { } from, null) => string.Create(CultureInfo.InvariantCulture, $"{Name} (official from {from})"),
        _ => $"{Name} (former official name)",
    };
}
