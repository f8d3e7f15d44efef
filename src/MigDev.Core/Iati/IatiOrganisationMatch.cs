using System.Collections.Immutable;

namespace MigDev.Core.Iati;

/// <summary>One spelling of an organisation in an import (its <c>@ref</c> and name as written), the agency its elements
/// went to, and why (<see cref="IatiImportResult.Organisations"/>).</summary>
/// <remarks>Immutable.</remarks>
public sealed class IatiOrganisationMatch
{
    internal IatiOrganisationMatch(string? @ref, string? name, AgencyId agency, IatiOrganisationMatchKind kind)
    {
        Ref = @ref;
        Name = name;
        Agency = agency;
        Kind = kind;
    }

    /// <summary>Gets the <c>@ref</c> as written (spaces trimmed), or <see langword="null"/> when the elements have none or
    /// one that is not an identifier (<c>-</c>, <c>0</c>, <c>N/A</c>, empty).</summary>
    public string? Ref { get; }

    /// <summary>Gets the name as written (the first <c>narrative</c>, spaces trimmed), or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the agency the elements went to: one of the directory's, or one of
    /// <see cref="IatiImportResult.NewAgencies"/>.</summary>
    public AgencyId Agency { get; }

    /// <summary>Gets why.</summary>
    public IatiOrganisationMatchKind Kind { get; }

    /// <summary>Gets how many elements of the import have this spelling.</summary>
    public int Elements { get; internal init; }

    /// <summary>Gets, for a name that several agencies of the directory go by (or a spelling linked to several), those
    /// agencies, none of which was chosen; empty otherwise.</summary>
    public ImmutableArray<AgencyId> Candidates { get; internal init; } = [];

    /// <summary>Returns the spelling, the agency and why, such as <c>00040 'UN HIGH COMMISSIONER FOR REFUGEES (UNHCR)' → unhcr (Acronym)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Ref ?? "(no ref)"} '{Name}' → {Agency} ({Kind})";
}
