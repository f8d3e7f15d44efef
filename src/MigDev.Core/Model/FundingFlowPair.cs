namespace MigDev.Core;

/// <summary>The same money reported twice: once by the one who gives it (<see cref="Outgoing"/>), once by the one who
/// receives it (<see cref="Incoming"/>), as <see cref="FundingFlows.FindPairs(MigDevModel)"/> finds them.</summary>
/// <remarks>Both have the same stage and the same amount in the same currency, and value dates at most
/// <see cref="FundingFlows.DefaultMaxDaysApart"/> days apart (or the limit given). Immutable.</remarks>
public sealed class FundingFlowPair
{
    internal FundingFlowPair(int outgoingIndex, FundingCommitment outgoing, int incomingIndex, FundingCommitment incoming, FlowPairEvidence evidence, int daysApart)
    {
        OutgoingIndex = outgoingIndex;
        Outgoing = outgoing;
        IncomingIndex = incomingIndex;
        Incoming = incoming;
        Evidence = evidence;
        DaysApart = daysApart;
    }

    /// <summary>Gets the index of <see cref="Outgoing"/> in the model's <see cref="MigDevModel.Commitments"/>.</summary>
    public int OutgoingIndex { get; }

    /// <summary>Gets the flow as its giver reports it (<see cref="FlowDirection.Outgoing"/>): the one counted when pairs
    /// are counted once.</summary>
    public FundingCommitment Outgoing { get; }

    /// <summary>Gets the index of <see cref="Incoming"/> in the model's <see cref="MigDevModel.Commitments"/>.</summary>
    public int IncomingIndex { get; }

    /// <summary>Gets the flow as its receiver reports it (<see cref="FlowDirection.Incoming"/>): left out when pairs are
    /// counted once.</summary>
    public FundingCommitment Incoming { get; }

    /// <summary>Gets why the two are taken for one flow.</summary>
    public FlowPairEvidence Evidence { get; }

    /// <summary>Gets how many days apart the two value dates are (0 when either has none, which only a pair linked by
    /// <see cref="FlowPairEvidence.ActivityIdentifiers"/> can be).</summary>
    public int DaysApart { get; }

    /// <summary>Returns a summary such as <c>Disbursement GBP 50339 reported by dk-cvr-20699310 (commitments[12]) and by
    /// mapaction (commitments[407]), 7 days apart, by activity identifiers</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Outgoing.Stage} {Outgoing.Amount} reported by {(object?)Outgoing.ReportedBy ?? "an unnamed reporter"} (commitments[{OutgoingIndex}]) and by "
        + $"{(object?)Incoming.ReportedBy ?? "an unnamed reporter"} (commitments[{IncomingIndex}]), {DaysApart} days apart, by "
        + (Evidence == FlowPairEvidence.ActivityIdentifiers ? "activity identifiers" : "organisations");
}
