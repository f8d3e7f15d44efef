using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// An activity row of the GFMD 2007 matrix: the activity text, its sub-activities (the bulleted lists), its objectives
/// (one or several), the GMG members with expertise, and, where reading the row from the extracted text is a judgement
/// (an objective printed pages away from its activity), a note saying so.
/// </summary>
/// <remarks>Equality is by value: session, texts, lists element by element, note and citations. Immutable.</remarks>
public sealed class Activity : IEquatable<Activity>
{
    /// <summary>Initializes an activity.</summary>
    /// <param name="roundtable">The roundtable's number.</param>
    /// <param name="session">The session's letter within it.</param>
    /// <param name="text">The activity as written.</param>
    /// <param name="objectives">Its objectives, at least one.</param>
    /// <param name="gmgMembersWithExpertise">The GMG members the matrix lists with expertise.</param>
    /// <param name="subActivities">The bulleted sub-activities, if any.</param>
    /// <param name="readingNote">Why the row's reading is a judgement, if it is.</param>
    /// <param name="citations">Where it comes from.</param>
    /// <exception cref="ArgumentException">A text is empty or white space (<paramref name="readingNote"/> included:
    /// <see langword="null"/> is none) or holds an unpaired surrogate, there is no objective, a list holds an empty or
    /// <see langword="null"/> value or the same value twice (refused, not dropped), or a member is <c>default</c>; the
    /// message names the field, the index and the value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The roundtable is below 1 or the letter not a to z.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="objectives"/> is <see langword="null"/>.</exception>
    public Activity(
        int roundtable,
        char session,
        string text,
        IEnumerable<string> objectives,
        IEnumerable<AgencyId>? gmgMembersWithExpertise = null,
        IEnumerable<string>? subActivities = null,
        string? readingNote = null,
        IEnumerable<Citation>? citations = null)
    {
        Guard.Against.InvalidNumber(roundtable < 1, roundtable, $"A roundtable is numbered from 1, was {roundtable}.", nameof(roundtable));
        Roundtable = roundtable;
        Guard.Against.InvalidNumber(!char.IsAsciiLetterLower(session), session, $"Activity of roundtable {roundtable}: a session letter is a to z, was '{session}'.", nameof(session));
        Session = session;
        Text = Provenance.Text(Guard.Against.Blank(text, $"An activity of session {roundtable}{session} needs its text, was '{text}'."), $"An activity of session {roundtable}{session}", nameof(text));
        ArgumentNullException.ThrowIfNull(objectives);
        var owner = $"Activity '{Shorten(text)}' ({roundtable}{session})";
        Objectives = Provenance.Texts(objectives, owner, nameof(objectives));
        Guard.Against.Invalid(Objectives.IsEmpty, $"{owner} needs at least one objective.", nameof(objectives));
        GmgMembersWithExpertise = gmgMembersWithExpertise is null ? [] : [.. gmgMembersWithExpertise];
        Guard.Against.Invalid(GmgMembersWithExpertise.Any(m => m.IsDefault), $"Activity '{Shorten(text)}': default(AgencyId) is not a GMG member.", nameof(gmgMembersWithExpertise));
        Provenance.Once(GmgMembersWithExpertise, EqualityComparer<AgencyId>.Default, owner, nameof(gmgMembersWithExpertise));
        SubActivities = Provenance.Texts(subActivities, owner, nameof(subActivities));
        ReadingNote = Provenance.Optional(readingNote, $"{owner}", nameof(readingNote));
        Citations = Provenance.Citations(citations, $"Activity {roundtable}{session}", nameof(citations));
    }

    /// <summary>Gets the roundtable's number.</summary>
    public int Roundtable { get; }

    /// <summary>Gets the session's letter.</summary>
    public char Session { get; }

    /// <summary>Gets the activity as written.</summary>
    public string Text { get; }

    /// <summary>Gets its objectives.</summary>
    public ImmutableArray<string> Objectives { get; }

    /// <summary>Gets the GMG members with expertise.</summary>
    public ImmutableArray<AgencyId> GmgMembersWithExpertise { get; }

    /// <summary>Gets the bulleted sub-activities.</summary>
    public ImmutableArray<string> SubActivities { get; }

    /// <summary>Gets why the row's reading is a judgement, or <see langword="null"/>.</summary>
    public string? ReadingNote { get; }

    /// <summary>Gets where it comes from.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Compares two activities by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Activity? left, Activity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two activities by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Activity? left, Activity? right) => !(left == right);

    /// <summary>Returns whether every field is equal, lists element by element.</summary>
    /// <param name="other">The other activity.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Activity? other) =>
        other is not null && Roundtable == other.Roundtable && Session == other.Session && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Objectives.SequenceEqual(other.Objectives, StringComparer.Ordinal) && GmgMembersWithExpertise.SequenceEqual(other.GmgMembersWithExpertise)
        && SubActivities.SequenceEqual(other.SubActivities, StringComparer.Ordinal) && string.Equals(ReadingNote, other.ReadingNote, StringComparison.Ordinal)
        && Citations.SequenceEqual(other.Citations);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Activity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Roundtable, Session, StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>Returns the session key and the start of the text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Roundtable}{Session}: {Shorten(Text)}";

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}
