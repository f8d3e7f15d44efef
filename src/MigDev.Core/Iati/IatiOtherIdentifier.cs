namespace MigDev.Core.Iati;

/// <summary>An <c>other-identifier</c> of an activity.</summary>
public sealed class IatiOtherIdentifier : IatiElement
{
    internal IatiOtherIdentifier(string element, int? lineNumber, string @ref, string? type)
        : base(element, lineNumber)
    {
        Ref = @ref;
        Type = type;
    }

    /// <summary>Gets the identifier.</summary>
    public string Ref { get; }

    /// <summary>Gets the IATI OtherIdentifierType, such as <c>A1</c> (the reporting organisation's own id).</summary>
    public string? Type { get; }
}
