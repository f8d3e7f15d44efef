namespace MigDev.Core;

/// <summary>One M49 area as the generated table holds it.</summary>
internal sealed class AreaRecord(int code, string name, M49AreaKind kind, int parentCode)
{
    public int Code { get; } = code;

    public string Name { get; } = name;

    public M49AreaKind Kind { get; } = kind;

    public int ParentCode { get; } = parentCode;
}

/// <summary>One country or area as the generated table holds it. Names are in the order ar, zh, en, fr, ru, es.</summary>
internal sealed class CountryRecord(
    string alpha2,
    string alpha3,
    int m49,
    string[] shortNames,
    string[] formalNames,
    int region,
    int subRegion,
    int intermediateRegion,
    bool ldc,
    bool lldc,
    bool sids,
    bool unofficialCode,
    int statisticalParentM49,
    string[] aliases,
    HistoricalCountryName[] historicalNames)
{
    public string Alpha2 { get; } = alpha2;

    public string Alpha3 { get; } = alpha3;

    public int M49 { get; } = m49;

    public string[] ShortNames { get; } = shortNames;

    public string[] FormalNames { get; } = formalNames;

    public int Region { get; } = region;

    public int SubRegion { get; } = subRegion;

    public int IntermediateRegion { get; } = intermediateRegion;

    public bool Ldc { get; } = ldc;

    public bool Lldc { get; } = lldc;

    public bool Sids { get; } = sids;

    public bool UnofficialCode { get; } = unofficialCode;

    public int StatisticalParentM49 { get; } = statisticalParentM49;

    public string[] Aliases { get; } = aliases;

    public HistoricalCountryName[] HistoricalNames { get; } = historicalNames;
}
