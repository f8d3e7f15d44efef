namespace MigDev.Core.Iati;

/// <summary>A <c>recipient-region</c>.</summary>
public sealed class IatiRecipientRegion : IatiElement
{
    internal IatiRecipientRegion(string element, int? lineNumber, string code, string vocabulary, decimal? percentage)
        : base(element, lineNumber)
    {
        Code = code;
        Vocabulary = vocabulary;
        Percentage = percentage;
    }

    /// <summary>Gets the region code, such as <c>298</c> (Africa, regional) in vocabulary 1 (OECD DAC).</summary>
    public string Code { get; }

    /// <summary>Gets the IATI RegionVocabulary, <c>1</c> when the file does not say.</summary>
    public string Vocabulary { get; }

    /// <summary>Gets its share of the activity in percent, when stated.</summary>
    public decimal? Percentage { get; }
}
