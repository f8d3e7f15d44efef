using System.Collections.Immutable;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using NodaTime;

namespace MigDev.Core;

/// <summary>Finds the money a model holds twice: a funder's outgoing flow and the recipient's incoming flow that are the
/// same money (a donor's disbursement and the agency's incoming funds, read from two publishers' IATI files).</summary>
/// <remarks>
/// <para>Two commitments are a pair when all of these hold (docs/iati.md, "Following the money"):</para>
/// <list type="bullet">
/// <item>one is <see cref="FlowDirection.Outgoing"/> and the other <see cref="FlowDirection.Incoming"/>, both a pledge,
/// a commitment or a disbursement (the stages IATI reports from both sides), of the same stage;</item>
/// <item>the same amount in the same currency, and different programmes;</item>
/// <item>value dates at most the limit apart (<see cref="DefaultMaxDaysApart"/> days unless given; a funder books a
/// disbursement days before or after the recipient books it), or, for a pair linked by activity identifiers, either date
/// unknown;</item>
/// <item>linked: one names the other's activity and both have the same one funder or the same recipient (a record that
/// names the other's activity but says the money went the other way is not its pair;
/// <see cref="FlowPairEvidence.ActivityIdentifiers"/>), or both have the same one funder and the same recipient
/// (<see cref="FlowPairEvidence.Organisations"/>).</item>
/// </list>
/// <para>Each commitment is in one pair at most. The outgoing flows are taken in the model's order, and each takes the
/// incoming flow linked by activity identifiers before one linked by organisations, then the one with the nearest date,
/// then the first in the model: the result does not depend on anything but the model.</para>
/// </remarks>
public static class FundingFlows
{
    /// <summary>The number of days two value dates of a pair may be apart unless another limit is given: 31.</summary>
    public const int DefaultMaxDaysApart = 31;

    /// <summary>The largest limit <see cref="FindPairs(MigDevModel, int)"/> accepts: 366 days.</summary>
    public const int MaxDaysApartLimit = 366;

    /// <summary>Finds the pairs of a model, with value dates at most <see cref="DefaultMaxDaysApart"/> days apart.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The pairs, in the order of their outgoing flows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<FundingFlowPair> FindPairs(MigDevModel model) => FindPairs(model, DefaultMaxDaysApart);

    /// <summary>Finds the pairs of a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="maxDaysApart">How many days two value dates may be apart, 0 (the same day) to
    /// <see cref="MaxDaysApartLimit"/>.</param>
    /// <returns>The pairs, in the order of their outgoing flows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDaysApart"/> is negative or above
    /// <see cref="MaxDaysApartLimit"/>.</exception>
    public static ImmutableArray<FundingFlowPair> FindPairs(MigDevModel model, int maxDaysApart)
    {
        Guard.Against.Null(model);
        Guard.Against.OutOfRange(maxDaysApart, 0, MaxDaysApartLimit);
        var incoming = new Dictionary<(FundingStage, Money), List<int>>();
        for (var i = 0; i < model.Commitments.Length; i++)
        {
            if (IsFlow(model.Commitments[i], FlowDirection.Incoming, out var key))
            {
                (incoming.TryGetValue(key, out var list) ? list : incoming[key] = []).Add(i);
            }
        }
        if (incoming.Count == 0)
        {
            // A model without incoming flows (the catalog) has no pairs: nothing more to index.
            return [];
        }
        var identifiers = new Dictionary<ProgrammeId, string>();
        foreach (var p in model.Programmes)
        {
            if (p.IatiIdentifier is { } id)
            {
                identifiers.TryAdd(p.Id, id.Trim());
            }
        }
        var taken = new HashSet<int>();
        var pairs = ImmutableArray.CreateBuilder<FundingFlowPair>();
        for (var o = 0; o < model.Commitments.Length; o++)
        {
            var outgoing = model.Commitments[o];
            if (!IsFlow(outgoing, FlowDirection.Outgoing, out var key) || !incoming.TryGetValue(key, out var candidates))
            {
                continue;
            }
            (int Index, FlowPairEvidence Evidence, int Days)? best = null;
            foreach (var i in candidates)
            {
                if (taken.Contains(i) || Link(outgoing, model.Commitments[i], identifiers, maxDaysApart) is not { } link)
                {
                    continue;
                }
                if (best is not { } b || (link.Evidence, link.Days).CompareTo((b.Evidence, b.Days)) < 0)
                {
                    best = (i, link.Evidence, link.Days);
                }
            }
            if (best is { } found)
            {
                taken.Add(found.Index);
                pairs.Add(new FundingFlowPair(o, outgoing, found.Index, model.Commitments[found.Index], found.Evidence, found.Days));
            }
        }
        return pairs.ToImmutable();
    }

    private static bool IsFlow(FundingCommitment c, FlowDirection direction, out (FundingStage, Money) key)
    {
        key = default;
        if (c.Direction != direction || c.Amount is not { } amount || c.Stage is not (FundingStage.Pledge or FundingStage.Commitment or FundingStage.Disbursement))
        {
            return false;
        }
        key = (c.Stage, amount);
        return true;
    }

    private static (FlowPairEvidence Evidence, int Days)? Link(FundingCommitment outgoing, FundingCommitment incoming, Dictionary<ProgrammeId, string> identifiers, int maxDaysApart)
    {
        if (outgoing.Programme == incoming.Programme)
        {
            return null;
        }
        int? days = outgoing.ValueDate is { } a && incoming.ValueDate is { } b ? Math.Abs(Period.Between(a.FirstDay, b.FirstDay, PeriodUnits.Days).Days) : null;
        if (days > maxDaysApart)
        {
            return null;
        }
        var sameFunder = outgoing.Funders.Length == 1 && incoming.Funders.Length == 1 && outgoing.Funders[0].Funder == incoming.Funders[0].Funder;
        var sameRecipient = outgoing.Recipient is { } r && r == incoming.Recipient;
        if ((sameFunder || sameRecipient) && (Names(outgoing.ReceiverActivity, incoming.Programme, identifiers) || Names(incoming.ProviderActivity, outgoing.Programme, identifiers)))
        {
            return (FlowPairEvidence.ActivityIdentifiers, days ?? 0);
        }
        return days is not null && sameFunder && sameRecipient ? (FlowPairEvidence.Organisations, days.Value) : null;
    }

    private static bool Names(string? activity, ProgrammeId? programme, Dictionary<ProgrammeId, string> identifiers) =>
        activity is not null && programme is { } p && identifiers.TryGetValue(p, out var id) && string.Equals(activity.Trim(), id, StringComparison.Ordinal);
}
