using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;

namespace MigDev.Core.Iati;

/// <summary>What <see cref="IatiImporter"/> made of a set of IATI activities.</summary>
/// <remarks>Immutable.</remarks>
public sealed class IatiImportResult
{
    private readonly ImmutableDictionary<string, ProgrammeId> _ids;

    internal IatiImportResult(MigDevModel model, ImmutableArray<Agency> newAgencies, ImmutableArray<IatiActivity> activities, ImmutableArray<IatiFinding> findings, ImmutableDictionary<string, ProgrammeId> ids)
    {
        Model = model;
        NewAgencies = newAgencies;
        Activities = activities;
        Findings = findings;
        _ids = ids;
    }

    /// <summary>Gets the model: the directory's agencies and the new ones, a programme per activity, a commitment per
    /// budget (<see cref="FundingStage.Budget"/>) and per transaction, of every type, with its <see cref="FlowDirection"/>.
    /// Call <see cref="ModelValidator.Validate"/> to check it as a whole.</summary>
    public MigDevModel Model { get; }

    /// <summary>Gets the organisations no agency of the directory matched, made agencies with the names given.</summary>
    public ImmutableArray<Agency> NewAgencies { get; }

    /// <summary>Gets each spelling of an organisation in the import (its <c>@ref</c> and name as written), the agency its
    /// elements went to and why, in the order first met: how the directory matched the file, and which spellings are one
    /// new agency (docs/iati.md, "Organisations").</summary>
    public ImmutableArray<IatiOrganisationMatch> Organisations { get; internal init; } = [];

    internal ImmutableDictionary<IatiOrganisation, AgencyId> AgenciesByElement { get; init; } = ImmutableDictionary.Create<IatiOrganisation, AgencyId>(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the agency an organisation element of <see cref="Activities"/> went to.</summary>
    /// <param name="organisation">A <c>reporting-org</c>, <c>participating-org</c>, <c>provider-org</c> or
    /// <c>receiver-org</c> of the activities.</param>
    /// <param name="agency">The agency, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if the element went to an agency; <see langword="false"/> for one with neither an
    /// identifier nor a name, a secondary reporter's <c>reporting-org</c> that is no agency of the model, or an element of
    /// other activities.</returns>
    public bool TryGetAgency(IatiOrganisation? organisation, out AgencyId agency)
    {
        agency = default;
        return organisation is not null && AgenciesByElement.TryGetValue(organisation, out agency);
    }

    /// <summary>Gets the activities as read, with the sectors, dates and everything else the model does not hold.</summary>
    public ImmutableArray<IatiActivity> Activities { get; }

    /// <summary>Gets every finding: the reader's, the rules' (<see cref="IatiActivity.Findings"/>) and the import's.</summary>
    public ImmutableArray<IatiFinding> Findings { get; }

    /// <summary>Gets the programme made of an activity.</summary>
    /// <param name="iatiIdentifier">The activity's <c>iati-identifier</c>.</param>
    /// <param name="programme">The programme's id.</param>
    /// <returns><see langword="true"/> if the import has that activity; <see langword="false"/> for
    /// <see langword="null"/>.</returns>
    public bool TryGetProgrammeId([NotNullWhen(true)] string? iatiIdentifier, out ProgrammeId programme)
    {
        programme = default;
        return iatiIdentifier is not null && _ids.TryGetValue(iatiIdentifier, out programme);
    }
}
