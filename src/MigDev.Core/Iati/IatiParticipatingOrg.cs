namespace MigDev.Core.Iati;

/// <summary>A <c>participating-org</c>: an organisation and its IATI role.</summary>
public sealed class IatiParticipatingOrg : IatiOrganisation
{
    internal IatiParticipatingOrg(string element, int? lineNumber, string? @ref, int? type, string? name, string? activityId, string? agencyHint, int? role, string? roleHint)
        : base(element, lineNumber, @ref, type, name, activityId, agencyHint)
    {
        Role = role;
        RoleHint = roleHint;
    }

    /// <summary>Gets the IATI OrganisationRole code: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing
    /// (<see cref="IatiCodes.OrganisationRoleOf"/>).</summary>
    public int? Role { get; }

    /// <summary>This library's finer role, when an export of it wrote one (<c>migdev:role</c>).</summary>
    internal string? RoleHint { get; }
}
