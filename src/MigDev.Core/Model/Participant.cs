using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>An organisation's part in a programme or a meeting (IATI's participating organisation): the agency, its
/// role (funding, implementing, partner, host, convener...), and when, as precisely as the source says.</summary>
/// <remarks>Equality compares every part, citations and note included. Immutable.</remarks>
public sealed class Participant : IEquatable<Participant>
{
    /// <summary>Initializes a participant.</summary>
    /// <param name="agency">The agency.</param>
    /// <param name="role">Its role: <see cref="OrganisationRole.Funding"/> for a donor, <see cref="OrganisationRole.Partner"/>
    /// for a partner agency, <see cref="OrganisationRole.Accountable"/> for the managing agency...</param>
    /// <param name="period">When it held the role, if the source says (UN Women in JMDI "since 2012").</param>
    /// <param name="citations">Where this part is stated.</param>
    /// <param name="note">A note on how the source was read, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is <c>default</c>, a citation is
    /// <see langword="null"/>, or <paramref name="note"/> is empty or white space (<see langword="null"/> is none) or
    /// holds an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public Participant(AgencyId agency, OrganisationRole role, Timeframe? period = null, IEnumerable<Citation>? citations = null, string? note = null)
    {
        Guard.Against.DefaultValue(agency);
        Guard.Against.InvalidNumber(!Enum.IsDefined(role), role, $"Partner '{agency}': role must be a defined OrganisationRole, was {(int)role}.", nameof(role));
        Agency = agency;
        Role = role;
        Period = period;
        Citations = Provenance.Citations(citations, $"Partner '{agency}'", nameof(citations));
        Note = Provenance.Optional(note, $"Partner '{agency}'", nameof(note));
    }

    /// <summary>Gets the agency.</summary>
    public AgencyId Agency { get; }

    /// <summary>Gets its role.</summary>
    public OrganisationRole Role { get; }

    /// <summary>Gets when it held the role, or <see langword="null"/> when the source does not say.</summary>
    public Timeframe? Period { get; }

    /// <summary>Gets where this partnership is stated.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Compares two participants.</summary>
    /// <param name="left">The first participant.</param>
    /// <param name="right">The second participant.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Participant? left, Participant? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two participants.</summary>
    /// <param name="left">The first participant.</param>
    /// <param name="right">The second participant.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Participant? left, Participant? right) => !(left == right);

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other participant.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Participant? other) => other is not null && Agency == other.Agency && Role == other.Role && Period == other.Period
        && Citations.SequenceEqual(other.Citations) && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Participant other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Agency, Role, Period);

    /// <summary>Returns a description such as <c>un-women Partner 2012/..</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Period is null ? $"{Agency} {Role}" : $"{Agency} {Role} {Period}";
}
