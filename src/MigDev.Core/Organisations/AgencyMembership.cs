using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// A dated relation between an agency and a body: UNDP chaired the GMG in the first half of 2010; UN Women has been a
/// JMDI partner since 2012. Membership that changes in time is a relation with a <see cref="Timeframe"/>, never a flag.
/// </summary>
/// <remarks>Equality compares every part. Immutable; safe to share across threads.</remarks>
public sealed class AgencyMembership : IEquatable<AgencyMembership>
{
    /// <summary>Initializes a membership.</summary>
    /// <param name="member">The agency.</param>
    /// <param name="body">The body it belongs to (the GMG, JMDI, a working group).</param>
    /// <param name="role">The part it plays.</param>
    /// <param name="period">When, as precisely as the source says; <see langword="null"/> when the source gives no
    /// date.</param>
    /// <param name="citations">Where the relation is stated.</param>
    /// <param name="note">A note on how the source was read, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An id is <c>default</c>, the agency is the body, the role is undefined, or
    /// <paramref name="note"/> is empty or white space (<see langword="null"/> is none) or holds an unpaired
    /// surrogate.</exception>
    public AgencyMembership(AgencyId member, AgencyId body, OrganisationRole role, Timeframe? period, IEnumerable<Citation>? citations = null, string? note = null)
    {
        Guard.Against.DefaultValue(member);
        Guard.Against.Invalid(body.IsDefault || body == member, $"The body of a membership must be another agency than '{member}', was '{body}'.", nameof(body));
        Guard.Against.UndefinedEnum(role);
        Member = member;
        Body = body;
        Role = role;
        Period = period;
        Citations = Provenance.Citations(citations, $"Membership of '{member}' in '{body}'", nameof(citations));
        Note = Provenance.Optional(note, $"Membership of '{member}' in '{body}'", nameof(note));
    }

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; }


    /// <summary>Gets the agency.</summary>
    public AgencyId Member { get; }

    /// <summary>Gets the body it belongs to.</summary>
    public AgencyId Body { get; }

    /// <summary>Gets the part it plays.</summary>
    public OrganisationRole Role { get; }

    /// <summary>Gets when, or <see langword="null"/> when the source gives no date.</summary>
    public Timeframe? Period { get; }

    /// <summary>Gets where the relation is stated.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Compares two memberships.</summary>
    /// <param name="left">The first membership.</param>
    /// <param name="right">The second membership.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(AgencyMembership? left, AgencyMembership? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two memberships.</summary>
    /// <param name="left">The first membership.</param>
    /// <param name="right">The second membership.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(AgencyMembership? left, AgencyMembership? right) => !(left == right);

    /// <summary>Returns the memberships of a body in a role that were certainly in effect on a day: "who chaired the
    /// GMG on 2010-03-15?"; those whose timeframe leaves the day uncertain are left out.</summary>
    /// <param name="memberships">The memberships to search.</param>
    /// <param name="body">The body.</param>
    /// <param name="role">The role.</param>
    /// <param name="date">The day.</param>
    /// <returns>The memberships in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberships"/> is <see langword="null"/>.</exception>
    public static IEnumerable<AgencyMembership> InEffectOn(IEnumerable<AgencyMembership> memberships, AgencyId body, OrganisationRole role, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        return memberships.Where(m => m.Body == body && m.Role == role && m.IsInEffectOn(date) == true);
    }

    /// <summary>Answers whether the membership was in effect on a day: <see langword="null"/> when the source's dates
    /// leave it open, or give none.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The answer.</returns>
    public bool? IsInEffectOn(LocalDate date) => Period?.Covers(date);

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other membership.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] AgencyMembership? other) =>
        other is not null && Member == other.Member && Body == other.Body && Role == other.Role && Period == other.Period
        && Citations.SequenceEqual(other.Citations) && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AgencyMembership other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Member, Body, Role, Period);

    /// <summary>Returns a description such as <c>undp Chair of gmg 2010-01/2010-06</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Member} {Role} of {Body} {Period?.ToString() ?? "(undated)"}";
}
