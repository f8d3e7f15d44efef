namespace MigDev.Core;

/// <summary>The kinds of <see cref="RatePolicy"/>.</summary>
public enum RatePolicyKind
{
    /// <summary>Only a rate of exactly the date asked for.</summary>
    ExactDate = 0,

    /// <summary>The latest rate published on or before the date, looking back a bounded number of days.</summary>
    LatestOnOrBefore = 1,

    /// <summary>A rate the caller fixes, whatever the date (a donor's contractual rate).</summary>
    Fixed = 2,

    /// <summary>The first of several policies that finds a rate.</summary>
    FirstOf = 3,
}
