namespace MigDev.Core.Iati;

/// <summary>A rule an IATI activity breaks, or a part of it that could not be read: which rule, which activity, which
/// element, and where in the file.</summary>
/// <remarks>Findings never stop a read: an activity carries its own (<see cref="IatiActivity.Findings"/>), so a file of
/// any size streams in bounded memory. Only XML that is not well formed stops a read, with a
/// <see cref="MigDevDataException"/>. Reference equality; immutable.</remarks>
public sealed class IatiFinding
{
    internal IatiFinding(string ruleId, IatiSeverity severity, string? activityId, string element, int? lineNumber, string message, string? value = null)
    {
        RuleId = ruleId;
        Severity = severity;
        ActivityId = activityId;
        Element = element;
        LineNumber = lineNumber;
        Message = message;
        Value = value;
    }

    /// <summary>Gets the rule's id: the IATI Validator's id where it has one (such as <c>7.5.3</c>), otherwise one of
    /// this library's, prefixed <c>migdev:</c> (see <see cref="IatiRuleIds"/>).</summary>
    public string RuleId { get; }

    /// <summary>Gets how serious the finding is.</summary>
    public IatiSeverity Severity { get; }

    /// <summary>Gets the <c>iati-identifier</c> of the activity, or <see langword="null"/> when it has none.</summary>
    public string? ActivityId { get; }

    /// <summary>Gets the element, as a path from the activity: <c>iati-activity[3]/budget[2]/period-end</c> (positions
    /// from 1, counted among siblings of the same name).</summary>
    public string Element { get; }

    /// <summary>Gets the line of the element in the file read, or <see langword="null"/> for an activity built in memory
    /// (an export).</summary>
    public int? LineNumber { get; }

    /// <summary>Gets what is wrong, in a sentence.</summary>
    public string Message { get; }

    /// <summary>Gets the offending value as written, when there is one.</summary>
    public string? Value { get; }

    /// <summary>Gets the file the activity was read from when an import read several
    /// (<see cref="IatiImporter.ImportFiles"/>, <see cref="IatiImporter.ImportDirectory"/>), as given; otherwise
    /// <see langword="null"/>.</summary>
    public string? File { get; private init; }

    // The same finding, said of a file.
    internal IatiFinding InFile(string? file) =>
        file is null || File is not null ? this : new IatiFinding(RuleId, Severity, ActivityId, Element, LineNumber, Message, Value) { File = file };

    /// <summary>Returns the finding as one line: severity, rule, activity, element, file and line, and message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Severity} {RuleId} [{ActivityId ?? "no iati-identifier"}] {Element}{Where()}: {Message}";

    private string Where() => (File, LineNumber) switch
    {
        ({ } file, { } line) => $" ({System.IO.Path.GetFileName(file)}, line {line})",
        ({ } file, null) => $" ({System.IO.Path.GetFileName(file)})",
        (null, { } line) => $" (line {line})",
        _ => "",
    };
}
