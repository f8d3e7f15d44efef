namespace MigDev.Core.Iati;

/// <summary>A <c>related-activity</c>.</summary>
public sealed class IatiRelatedActivity : IatiElement
{
    internal IatiRelatedActivity(string element, int? lineNumber, string @ref, int? type)
        : base(element, lineNumber)
    {
        Ref = @ref;
        Type = type;
    }

    /// <summary>Gets the related activity's <c>iati-identifier</c>.</summary>
    public string Ref { get; }

    /// <summary>Gets the IATI RelatedActivityType: 1 Parent, 2 Child, 3 Sibling, 4 Co-funded, 5 Third Party.</summary>
    public int? Type { get; }
}
