using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// A meeting or event: a Global Forum on Migration and Development (Brussels 2007, Athens 2009, Geneva 2011...), a
/// High-level Dialogue, a symposium or a workshop, with its place, its date as precisely as stated, the country that
/// chaired it, and where that comes from.
/// </summary>
/// <remarks>Equality is by value, lists element by element. Immutable.</remarks>
public sealed class Meeting : IEquatable<Meeting>
{
    /// <summary>Initializes a meeting.</summary>
    /// <param name="name">The name as written, such as "Global Forum on Migration and Development".</param>
    /// <param name="place">The place, such as "Athens", or <see langword="null"/>.</param>
    /// <param name="date">When, as precisely as stated ("in December" of 2011: <c>2011-12</c>).</param>
    /// <param name="chair">The country whose government chaired it, if stated (the Swiss GFMD chair of 2011).</param>
    /// <param name="ordinal">Its number in a series, if stated ("the third GFMD": 3).</param>
    /// <param name="citations">Where it comes from.</param>
    /// <param name="aliases">Other names it goes by ("Chisinau workshop").</param>
    /// <param name="participants">The organisations and their parts: host, co-hosts, conveners, partners.</param>
    /// <param name="displayName">The name corrected for display where the source misspells it (the correction is
    /// said in <paramref name="note"/>); <see langword="null"/> when the name as written is the display name.</param>
    /// <param name="note">A note on how the source was read, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="chair"/> is
    /// <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is below 1.</exception>
    public Meeting(string name, string? place = null, Timeframe? date = null, CountryCode? chair = null, int? ordinal = null, IEnumerable<Citation>? citations = null,
        string? displayName = null, string? note = null, IEnumerable<string>? aliases = null, IEnumerable<Participant>? participants = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name, message: $"A meeting needs a name, was '{name}'.");
        if (chair is { IsDefault: true })
        {
            throw new ArgumentException($"Meeting '{name}': default(CountryCode) is not a chair.", nameof(chair));
        }
        if (ordinal is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"Meeting '{name}': an ordinal counts from 1, was {ordinal}.");
        }
        Place = string.IsNullOrWhiteSpace(place) ? null : place;
        Date = date;
        Chair = chair;
        Ordinal = ordinal;
        Citations = Provenance.Citations(citations, $"Meeting '{name}'", nameof(citations));
        CorrectedName = Provenance.Optional(displayName);
        Note = Provenance.Optional(note);
        Aliases = Provenance.Texts(aliases, $"Meeting '{name}'", nameof(aliases));
        Participants = Provenance.Items(participants, $"Meeting '{name}'", nameof(participants));
    }

    /// <summary>Gets other names it goes by.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Gets the organisations and their parts (host, co-hosts, conveners, partners), in the order given.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>Gets the name to display: <see cref="Name"/>, or its correction where the source misspells it.</summary>
    public string DisplayName => CorrectedName ?? Name;

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; }


    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the place, if stated.</summary>
    public string? Place { get; }

    /// <summary>Gets when, as precisely as stated.</summary>
    public Timeframe? Date { get; }

    /// <summary>Gets the country whose government chaired it, if stated.</summary>
    public CountryCode? Chair { get; }

    /// <summary>Gets its number in a series, if stated.</summary>
    public int? Ordinal { get; }

    /// <summary>Gets where it comes from.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Compares two meetings by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Meeting? left, Meeting? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two meetings by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Meeting? left, Meeting? right) => !(left == right);

    /// <summary>Returns whether every field is equal.</summary>
    /// <param name="other">The other meeting.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Meeting? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Place, other.Place, StringComparison.Ordinal)
        && Date == other.Date && Chair == other.Chair && Ordinal == other.Ordinal && Citations.SequenceEqual(other.Citations)
        && string.Equals(CorrectedName, other.CorrectedName, StringComparison.Ordinal) && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal) && Participants.SequenceEqual(other.Participants);

    // The display name when it differs from the name as written (what the JSON holds).
    internal string? CorrectedName { get; }

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Meeting other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Place, Date, Chair, Ordinal);

    /// <summary>Returns a description such as <c>Global Forum on Migration and Development, Athens, 2009</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", new[] { Name, Place, Date?.ToString() }.Where(s => s is not null));
}
