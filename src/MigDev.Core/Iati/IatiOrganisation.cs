namespace MigDev.Core.Iati;

/// <summary>An organisation as IATI names it: <c>reporting-org</c>, <c>provider-org</c>, <c>receiver-org</c>, or (as
/// <see cref="IatiParticipatingOrg"/>) <c>participating-org</c>.</summary>
public class IatiOrganisation : IatiElement
{
    internal IatiOrganisation(string element, int? lineNumber, string? @ref, int? type, string? name, string? activityId, string? agencyHint)
        : base(element, lineNumber)
    {
        Ref = @ref;
        Type = type;
        Name = name;
        ActivityId = activityId;
        AgencyHint = agencyHint;
    }

    /// <summary>Gets the organisation identifier (<c>@ref</c>), such as <c>XM-DAC-47066</c> for IOM.</summary>
    public string? Ref { get; }

    /// <summary>Gets the IATI OrganisationType code (<c>@type</c>), such as 10 Government or 40 Multilateral.</summary>
    public int? Type { get; }

    /// <summary>Gets the name (the first <c>narrative</c>).</summary>
    public string? Name { get; }

    /// <summary>Gets the organisation's own identifier of the activity (<c>@activity-id</c>,
    /// <c>@provider-activity-id</c>, <c>@receiver-activity-id</c>).</summary>
    public string? ActivityId { get; }

    /// <summary>This library's agency id, when an export of it wrote one (<c>migdev:agency</c>).</summary>
    internal string? AgencyHint { get; }
}
