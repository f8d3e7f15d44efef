using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>Why two commitments are taken for the same money reported twice (<see cref="FundingFlowPair"/>).</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<FlowPairEvidence>))]
public enum FlowPairEvidence
{
    /// <summary>One names the other's activity: the outgoing flow's <see cref="FundingCommitment.ReceiverActivity"/> is the
    /// incoming flow's programme (<see cref="Programme.IatiIdentifier"/>), or the incoming flow's
    /// <see cref="FundingCommitment.ProviderActivity"/> is the outgoing flow's; and they agree on the funder or on the
    /// recipient.</summary>
    ActivityIdentifiers = 0,

    /// <summary>Neither names the other's activity, but both have the same one funder and the same recipient.</summary>
    Organisations = 1,
}
