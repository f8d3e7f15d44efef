using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>An <c>activity-date</c>.</summary>
public sealed class IatiActivityDate : IatiElement
{
    internal IatiActivityDate(string element, int? lineNumber, int type, LocalDate date, PartialDate? stated, bool isProxy)
        : base(element, lineNumber)
    {
        Type = type;
        Date = date;
        Stated = stated;
        IsProxy = isProxy;
    }

    /// <summary>Gets the IATI ActivityDateType: 1 Planned start, 2 Actual start, 3 Planned end, 4 Actual end.</summary>
    public int Type { get; }

    /// <summary>Gets the date (<c>@iso-date</c>).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the type is a start (1 or 2).</summary>
    public bool IsStart => Type is 1 or 2;

    /// <summary>The date as the sources state it (a year, a month), when an export of this library wrote it.</summary>
    internal PartialDate? Stated { get; }

    /// <summary>Whether an export of this library wrote the date of a source document because the activity's own dates are
    /// not stated (<c>migdev:date-basis="source"</c>).</summary>
    internal bool IsProxy { get; }
}
