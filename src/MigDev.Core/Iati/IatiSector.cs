namespace MigDev.Core.Iati;

/// <summary>A <c>sector</c>.</summary>
public sealed class IatiSector : IatiElement
{
    internal IatiSector(string element, int? lineNumber, string vocabulary, string code, decimal? percentage, string? name)
        : base(element, lineNumber)
    {
        Vocabulary = vocabulary;
        Code = code;
        Percentage = percentage;
        Name = name;
    }

    /// <summary>The OECD DAC purpose code for migration, 15190 "Facilitation of orderly, safe, regular and responsible
    /// migration and mobility" (IATI Sector codelist, vocabulary 1).</summary>
    public const string MigrationPurposeCode = "15190";

    /// <summary>Gets the IATI SectorVocabulary, <c>1</c> (OECD DAC 5-digit) when the file does not say; <c>98</c> and
    /// <c>99</c> are the reporting organisation's own.</summary>
    public string Vocabulary { get; }

    /// <summary>Gets the code in that vocabulary.</summary>
    public string Code { get; }

    /// <summary>Gets its share of the activity in percent within its vocabulary, when stated.</summary>
    public decimal? Percentage { get; }

    /// <summary>Gets the name given (the first <c>narrative</c>).</summary>
    public string? Name { get; }
}
