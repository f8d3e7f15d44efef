namespace MigDev.Core;

/// <summary>The levels of the UN M49 standard's geographic areas.</summary>
public enum M49AreaKind
{
    /// <summary>The world (001).</summary>
    World = 0,

    /// <summary>A region, such as Africa (002) or Asia (142).</summary>
    Region = 1,

    /// <summary>A sub-region, such as South-eastern Asia (035) or Sub-Saharan Africa (202).</summary>
    SubRegion = 2,

    /// <summary>An intermediate region, such as Western Africa (011) or Central America (013).</summary>
    IntermediateRegion = 3,
}
