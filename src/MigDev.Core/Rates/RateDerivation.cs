using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>How an <see cref="ExchangeRate"/> was obtained.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<RateDerivation>))]
public enum RateDerivation
{
    /// <summary>As its source published it (or as a user supplied it).</summary>
    Published = 0,

    /// <summary>The inverse of a published rate: <c>1 / rate</c>, to <see cref="decimal"/>'s 28-digit precision.</summary>
    Inverse = 1,

    /// <summary>The product of two rates through a third currency (EUR for the ECB): <c>USD→GBP = (USD→EUR) × (EUR→GBP)</c>.</summary>
    Cross = 2,

    /// <summary>A currency converted to itself: the rate is exactly 1.</summary>
    Identity = 3,
}
