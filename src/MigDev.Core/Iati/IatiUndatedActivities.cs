namespace MigDev.Core.Iati;

/// <summary>What to do with an activity whose own dates the sources do not state: IATI requires at least one
/// <c>activity-date</c>.</summary>
public enum IatiUndatedActivities
{
    /// <summary>Write the first day of the earliest source document citing it as its planned start (type 1), marked as
    /// such: a narrative on the date, <c>migdev:date-basis="source"</c>, and a <see cref="IatiRuleIds.DateFromSource"/>
    /// finding. Reading the export back gives no period.</summary>
    DateOfEarliestSource = 0,

    /// <summary>Leave the activity out, with a <see cref="IatiRuleIds.NotExported"/> finding.</summary>
    Omit = 1,
}
