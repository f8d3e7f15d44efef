using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>How <see cref="FundingAnalytics.Summarize(FundingStage, FlowCounting)"/> counts money that two publishers
/// both report (<see cref="FundingFlowPair"/>).</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<FlowCounting>))]
public enum FlowCounting
{
    /// <summary>Each pair once, as its giver reports it: the incoming half of every pair is left out. The default, and
    /// the same as <see cref="AsReported"/> for a model without directions (the catalog's).</summary>
    CountedOnce = 0,

    /// <summary>Everything as each publisher reports it, pairs twice.</summary>
    AsReported = 1,
}
