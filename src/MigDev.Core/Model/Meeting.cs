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
/// <remarks>
/// <para>Equality is by value, lists element by element.</para>
/// <para>The constructor takes the name; every other field is an init-only property, checked when set with the rule
/// and message the constructor used to apply (a list set to <c>default</c> is empty), so that a field added later is
/// not a breaking change. Immutable once initialized.</para>
/// </remarks>
public sealed class Meeting : IEquatable<Meeting>
{
    private readonly string? _place;
    private readonly CountryCode? _chair;
    private readonly int? _ordinal;
    private readonly ImmutableArray<Citation> _citations = [];
    private readonly string? _note;
    private readonly ImmutableArray<string> _aliases = [];
    private readonly ImmutableArray<Participant> _participants = [];

    /// <summary>Initializes a meeting with its name; the rest is set by the init properties:
    /// <c>new Meeting("Global Forum on Migration and Development") { Place = "Athens", Ordinal = 3 }</c>.</summary>
    /// <param name="name">The name as written, such as "Global Forum on Migration and Development".</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space or holds an unpaired
    /// surrogate; the message gives the value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Meeting(string name)
    {
        Name = Provenance.Text(Guard.Against.Blank(name, $"A meeting needs a name, was '{name}'."), $"A meeting", nameof(name));
    }

    /// <summary>Gets other names it goes by ("Chisinau workshop"), each once (the exact text); empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/>, empty or white-space name, one with an
    /// unpaired surrogate, or the same name twice (refused, not dropped); the message names the meeting, the index and
    /// the value.</exception>
    public ImmutableArray<string> Aliases { get => _aliases; init => _aliases = Provenance.Texts(value, $"Meeting '{Name}'", "aliases"); }

    /// <summary>Gets the organisations and their parts (host, co-hosts, conveners, partners), in the order given; empty
    /// unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element; the message names the meeting and
    /// the index.</exception>
    public ImmutableArray<Participant> Participants { get => _participants; init => _participants = Provenance.Items(value, $"Meeting '{Name}'", "participants"); }

    /// <summary>Gets the name to display: <see cref="Name"/>, or its correction where the source misspells it.
    /// Initialize it with the correction (and say so in <see cref="Note"/>); <see langword="null"/> means none.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the meeting and the field.</exception>
    [AllowNull]
    public string DisplayName { get => CorrectedName ?? Name; init => CorrectedName = Provenance.Optional(value, $"Meeting '{Name}'", "displayName"); }

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the meeting and the field.</exception>
    public string? Note { get => _note; init => _note = Provenance.Optional(value, $"Meeting '{Name}'", "note"); }


    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the place, such as "Athens", if stated; otherwise <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the meeting and the field.</exception>
    public string? Place { get => _place; init => _place = Provenance.Optional(value, $"Meeting '{Name}'", "place"); }

    /// <summary>Gets when, as precisely as stated ("in December" of 2011: <c>2011-12</c>).</summary>
    public Timeframe? Date { get; init; }

    /// <summary>Gets the country whose government chaired it, if stated (the Swiss GFMD chair of 2011).</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c>; the message names the meeting.</exception>
    public CountryCode? Chair { get => _chair; init => _chair = NotDefault(Name, value); }

    /// <summary>Gets its number in a series, if stated ("the third GFMD": 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1; the message gives the value.</exception>
    public int? Ordinal { get => _ordinal; init => _ordinal = FromOne(Name, value); }

    /// <summary>Gets where it comes from; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element; the message names the meeting and
    /// the index.</exception>
    public ImmutableArray<Citation> Citations { get => _citations; init => _citations = Provenance.Citations(value, $"Meeting '{Name}'", "citations"); }

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
    internal string? CorrectedName { get; private init; }

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Meeting other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Place, Date, Chair, Ordinal);

    /// <summary>Returns a description such as <c>Global Forum on Migration and Development, Athens, 2009</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", new[] { Name, Place, Date?.ToString() }.Where(s => s is not null));

    // The init accessors' checks, each named after the field it checks (the parameter name of the exception).
    private static CountryCode? NotDefault(string name, CountryCode? chair)
    {
        Guard.Against.Invalid(chair is { IsDefault: true }, $"Meeting '{name}': default(CountryCode) is not a chair.", nameof(chair));
        return chair;
    }

    private static int? FromOne(string name, int? ordinal)
    {
        Guard.Against.InvalidNumber(ordinal is < 1, ordinal, $"Meeting '{name}': an ordinal counts from 1, was {ordinal}.", nameof(ordinal));
        return ordinal;
    }
}
