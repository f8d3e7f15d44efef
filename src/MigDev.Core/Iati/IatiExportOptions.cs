using Ardalis.GuardClauses;
using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>How <see cref="IatiExporter"/> writes a model as IATI.</summary>
/// <remarks>Immutable once built.</remarks>
public sealed class IatiExportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="reportingOrg">The publisher of the export.</param>
    /// <param name="generatedAt">When the export is made (<c>@generated-datetime</c>); its UTC date decides each
    /// activity's status (ended before it: 4 Closed; starting after it: 1 Pipeline). Pass it from an
    /// <see cref="IClock"/> so that an export can be repeated byte for byte.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reportingOrg"/> is <see langword="null"/>.</exception>
    public IatiExportOptions(IatiReportingOrg reportingOrg, Instant generatedAt)
    {
        ReportingOrg = Guard.Against.Null(reportingOrg);
        GeneratedAt = generatedAt;
    }

    /// <summary>Gets the publisher.</summary>
    public IatiReportingOrg ReportingOrg { get; }

    /// <summary>Gets when the export is made.</summary>
    public Instant GeneratedAt { get; }

    /// <summary>Gets the day that stands for a value date stated as a year or a month (IATI needs a day):
    /// <see cref="PartialDate.FirstDay"/> unless set. The date as stated is kept in <c>migdev:value-date</c>.</summary>
    public Func<PartialDate, LocalDate> ValueDay { get; init; } = static d => d.FirstDay;

    /// <summary>Gets what to do with activities whose dates the sources do not state;
    /// <see cref="IatiUndatedActivities.DateOfEarliestSource"/> unless set.</summary>
    public IatiUndatedActivities UndatedActivities { get; init; } = IatiUndatedActivities.DateOfEarliestSource;

    /// <summary>Gets the language of the narratives (<c>iati-activity/@xml:lang</c>); <c>en</c> unless set.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets whether to write this library's extension attributes (<see cref="IatiReader.ExtensionNamespace"/>),
    /// which let an export read back the same; <see langword="true"/> unless set. IATI tools ignore them.</summary>
    public bool WriteExtensions { get; init; } = true;
}
