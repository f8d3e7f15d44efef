namespace MigDev.Core;

/// <summary>What a <see cref="HistoricalCountryName"/> is.</summary>
public enum HistoricalNameKind
{
    /// <summary>A name that was official, at the UN or in the country, for the period the name gives
    /// ("Swaziland" until 2018, "the former Yugoslav Republic of Macedonia" 1993-2019).</summary>
    FormerOfficial = 0,

    /// <summary>A name that ordinary English uses or used without its being official ("Holland", "DRC",
    /// "Congo-Brazzaville"); it has no period.</summary>
    CommonEnglish = 1,
}
