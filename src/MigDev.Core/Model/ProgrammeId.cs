using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// The canonical identifier of a programme, initiative, project or fund: lower-case letters and digits in words joined by hyphens,
/// such as <c>jmdi</c> or <c>mdg-f</c>.
/// </summary>
/// <remarks>
/// <para>An id is only a name. Users may create ids for their own programmes.</para>
/// <para>Equality and ordering are ordinal. <c>default(ProgrammeId)</c> is not an id: <see cref="Value"/> throws
/// <see cref="InvalidOperationException"/>; equality, hashing and <see cref="ToString"/> do not.</para>
/// <para>An immutable value type; safe to share across threads.</para>
/// </remarks>
[JsonConverter(typeof(ProgrammeIdJsonConverter))]
public readonly struct ProgrammeId : IEquatable<ProgrammeId>, IComparable<ProgrammeId>, IComparable
{
    private readonly string? _value;

    private ProgrammeId(string value) => _value = value;

    /// <summary>Gets a value indicating whether this is <c>default(ProgrammeId)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Gets the id text, such as <c>un-desa</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ProgrammeId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(ProgrammeId) is not a programme id: create one with ProgrammeId.Parse.");

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(ProgrammeId left, ProgrammeId right) => left.Equals(right);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> if different.</returns>
    public static bool operator !=(ProgrammeId left, ProgrammeId right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ProgrammeId left, ProgrammeId right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ProgrammeId left, ProgrammeId right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ProgrammeId left, ProgrammeId right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ProgrammeId left, ProgrammeId right) => left.CompareTo(right) >= 0;

    /// <summary>Parses an id: 1 to 64 characters of ASCII letters and digits, in words joined by single hyphens, in any
    /// case (<c>UN-DESA</c> is <c>un-desa</c>); the id is in lower case.</summary>
    /// <remarks>The rule for every code the library parses (docs/design-decisions.md): any case, printed in its
    /// canonical case; no white space around it. JSON is a document, and canonical: it must write the id in lower
    /// case.</remarks>
    /// <param name="s">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not of that form; the message quotes it and names the id
    /// it was likely meant to be (<c>'UN DESA'</c>: <c>un-desa</c>).</exception>
    public static ProgrammeId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var id) ? id : throw new FormatException(Internal.KebabId.Describe(s, "a programme id", "jmdi"));
    }

    /// <summary>Tries to parse an id, in any case; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The id, in lower case, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a well-formed id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ProgrammeId result)
    {
        var id = Internal.KebabId.Canonical(s);
        result = id is null ? default : new ProgrammeId(id);
        return id is not null;
    }

    /// <summary>Compares ordinally.</summary>
    /// <param name="other">The other id.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">Either is <c>default(ProgrammeId)</c>, which has no place in the order (as
    /// the four ordering operators).</exception>
    public int CompareTo(ProgrammeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares with an object, which must be an <see cref="ProgrammeId"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>The comparison; 1 for <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is another type.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ProgrammeId other => CompareTo(other),
        _ => CompareTo(Guard.Against.WrongType<ProgrammeId>(obj)),
    };

    /// <summary>Returns whether the ids are the same text.</summary>
    /// <param name="other">The other id.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals(ProgrammeId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ProgrammeId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the id text; <c>(default ProgrammeId)</c> for the default value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value ?? "(default ProgrammeId)";
}
