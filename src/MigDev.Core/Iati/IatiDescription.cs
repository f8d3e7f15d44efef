namespace MigDev.Core.Iati;

/// <summary>A <c>description</c> of an activity.</summary>
public sealed class IatiDescription : IatiElement
{
    internal IatiDescription(string element, int? lineNumber, int type, string text)
        : base(element, lineNumber)
    {
        Type = type;
        Text = text;
    }

    /// <summary>Gets the IATI DescriptionType: 1 General, 2 Objectives, 3 Target Groups, 4 Other.</summary>
    public int Type { get; }

    /// <summary>Gets the text (the first <c>narrative</c>).</summary>
    public string Text { get; }
}
