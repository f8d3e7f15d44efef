using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>Why <see cref="FundingAnalytics.ConvertAll"/> could not convert a commitment
/// (<see cref="UnconvertedCommitment"/>).</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<UnconvertedReason>))]
public enum UnconvertedReason
{
    /// <summary>The commitment has no value date, so no rate's date can be chosen for it.</summary>
    NoValueDate = 0,

    /// <summary>The converter has no rate for its currency on its day under the policy.</summary>
    NoRate = 1,

    /// <summary>The converted amount, a rate it needs, or the total with it added is beyond the range of
    /// <see cref="decimal"/> (an <see cref="OverflowException"/> from <see cref="CurrencyConverter.Convert(Money, CurrencyCode, NodaTime.LocalDate, RatePolicy, MidpointRounding)"/>).</summary>
    OutOfRange = 2,
}
