using System.Collections.Immutable;

namespace MigDev.Core;

// Adds commitments up into a FundingSummary: by funder (split by shares), recipient, programme, direction and reporter.
internal sealed class Totals
{
    private readonly ImmutableSortedDictionary<AgencyId, MoneyBag>.Builder _byFunder = ImmutableSortedDictionary.CreateBuilder<AgencyId, MoneyBag>();
    private readonly ImmutableSortedDictionary<AgencyId, MoneyBag>.Builder _byRecipient = ImmutableSortedDictionary.CreateBuilder<AgencyId, MoneyBag>();
    private readonly ImmutableSortedDictionary<ProgrammeId, MoneyBag>.Builder _byProgramme = ImmutableSortedDictionary.CreateBuilder<ProgrammeId, MoneyBag>();
    private readonly ImmutableSortedDictionary<FlowDirection, MoneyBag>.Builder _byDirection = ImmutableSortedDictionary.CreateBuilder<FlowDirection, MoneyBag>();
    private readonly ImmutableSortedDictionary<AgencyId, MoneyBag>.Builder _byReporter = ImmutableSortedDictionary.CreateBuilder<AgencyId, MoneyBag>();
    private MoneyBag _joint = MoneyBag.Empty;
    private MoneyBag _total = MoneyBag.Empty;

    public void Add(FundingCommitment c)
    {
        var amount = c.Amount!.Value;
        _total += amount;
        if (c.Funders.Length > 1 && c.Funders[0].Share is null)
        {
            _joint += amount;
        }
        else
        {
            foreach (var (funder, part) in c.SplitByFunder())
            {
                AddTo(_byFunder, funder, part);
            }
        }
        if (c.Recipient is { } recipient)
        {
            AddTo(_byRecipient, recipient, amount);
        }
        if (c.Programme is { } programme)
        {
            AddTo(_byProgramme, programme, amount);
        }
        if (c.ReportedBy is { } reporter)
        {
            AddTo(_byReporter, reporter, amount);
        }
        AddTo(_byDirection, c.Direction, amount);
    }

    public FundingSummary ToSummary(FundingStage stage) =>
        new(stage, _byFunder.ToImmutable(), _joint, _byRecipient.ToImmutable(), _byProgramme.ToImmutable(), _total)
        {
            ByDirection = _byDirection.ToImmutable(), ByReporter = _byReporter.ToImmutable(),
        };

    private static void AddTo<TKey>(ImmutableSortedDictionary<TKey, MoneyBag>.Builder totals, TKey key, Money amount)
        where TKey : notnull =>
        totals[key] = totals.GetValueOrDefault(key, MoneyBag.Empty) + amount;
}
