namespace MigDev.Core.Iati;

/// <summary>A <c>recipient-country</c>.</summary>
public sealed class IatiRecipientCountry : IatiElement
{
    internal IatiRecipientCountry(string element, int? lineNumber, CountryCode country, decimal? percentage, string? relationHint)
        : base(element, lineNumber)
    {
        Country = country;
        Percentage = percentage;
        RelationHint = relationHint;
    }

    /// <summary>Gets the country.</summary>
    public CountryCode Country { get; }

    /// <summary>Gets its share of the activity in percent, when stated.</summary>
    public decimal? Percentage { get; }

    /// <summary>This library's <see cref="CountryRelation"/>, when an export of it wrote one.</summary>
    internal string? RelationHint { get; }
}
