namespace MigDev.Core.Iati;

/// <summary>A part of an IATI activity as read from a file or built for an export: where it is, and its values.</summary>
/// <remarks>The parts are immutable records of what the XML says, with reference equality. What the file did not say is
/// <see langword="null"/>; what could not be read is <see langword="null"/> too, and the activity carries a finding for
/// it (<see cref="IatiActivity.Findings"/>).</remarks>
public abstract class IatiElement
{
    private protected IatiElement(string element, int? lineNumber)
    {
        Element = element;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the element's path from the activity, such as <c>iati-activity[3]/budget[2]</c>.</summary>
    public string Element { get; }

    /// <summary>Gets the element's line in the file read, or <see langword="null"/> for an activity built for an export.</summary>
    public int? LineNumber { get; }
}
