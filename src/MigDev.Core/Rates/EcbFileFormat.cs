namespace MigDev.Core;

/// <summary>The layout of a loaded ECB file, told by its content, not its name.</summary>
public enum EcbFileFormat
{
    /// <summary>The CSV: <c>eurofxref-hist.csv</c> (or the one-day <c>eurofxref.csv</c>): <c>Date,USD,JPY,...</c>, a
    /// line per publication date, <c>N/A</c> where no rate was published.</summary>
    Csv = 1,

    /// <summary>A zip holding one CSV or XML file, as the ECB publishes <c>eurofxref-hist.zip</c>.</summary>
    Zip = 2,

    /// <summary>The XML feeds: <c>eurofxref-hist.xml</c>, <c>eurofxref-hist-90d.xml</c>, <c>eurofxref-daily.xml</c>
    /// (a <c>gesmes:Envelope</c> of <c>Cube</c> elements).</summary>
    Xml = 3,
}
