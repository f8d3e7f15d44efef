using System.Diagnostics;
using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests.Hostile;

/// <summary>A fallback chain of any shape converts in time linear in its policies, without recursion (issue 18:
/// <c>RatePolicy.FirstOf</c> nested 100,000 deep killed the process with a stack overflow, and 10,000 deep took 2.7 s to
/// describe). A chain given as an alternative is replaced by its own alternatives, and a chain is at most
/// <see cref="RatePolicy.MaxAlternatives"/> policies long.</summary>
public class RatePolicyDepthTest
{
    private const int Deep = 100_000;
    private static readonly CurrencyConverter Ecb = CurrencyConverter.Ecb;
    private static readonly Money OneEuro = new(1m, CurrencyCode.EUR);

    // A publication day of the CSV and the day after a publication gap begins (a Saturday: no rate that day).
    private static readonly LocalDate Published = EcbCsv.Dates.First(d => d.Year == 2008);
    private static readonly LocalDate Unpublished = EcbCsv.Dates.Zip(EcbCsv.Dates.Skip(1)).First(p => Period.DaysBetween(p.First, p.Second) > 1).First.PlusDays(1);

    [Fact]
    public void FirstOf_Nested100000Deep_IsOneChainOfItsPoliciesAndConvertsQuickly()
    {
        var latest = RatePolicy.LatestOnOrBefore(2);
        var watch = Stopwatch.StartNew();
        var chain = RatePolicy.FirstOf(RatePolicy.ExactDate, latest);
        for (var i = 0; i < Deep; i++)
        {
            chain = RatePolicy.FirstOf(chain);
        }

        // The nesting is gone: the chain holds the two policies it was built from, in order.
        Assert.Equal([RatePolicy.ExactDate, latest], chain.Alternatives);
        Assert.Equal("first of (exact date; latest on or before, up to 2 days back)", chain.ToString());

        var exact = Ecb.Convert(OneEuro, CurrencyCode.USD, Published, chain);
        Assert.Same(RatePolicy.ExactDate, exact.AppliedPolicy);
        Assert.Equal(EcbCsv.Rate(Published, "USD"), exact.Rate.Rate);
        var back = Ecb.Convert(OneEuro, CurrencyCode.USD, Unpublished, chain);
        Assert.Same(latest, back.AppliedPolicy);
        Assert.Equal(EcbCsv.Rate(Unpublished.PlusDays(-1), "USD"), back.Rate.Rate);
        Assert.False(Ecb.TryConvert(OneEuro, CurrencyCode.Parse("KES"), Published, chain, out _));
        var missing = Assert.Throws<ExchangeRateNotFoundException>(() => Ecb.Convert(OneEuro, CurrencyCode.Parse("KES"), Published, chain));
        Assert.Same(chain, missing.Policy);

        // Generous for a shared CPU: building and converting is a few milliseconds; the nested chain took seconds to
        // describe (quadratic) and overflowed the stack to convert.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void FirstOf_GrownOnePolicyAtATime_IsRefusedPastTheLimitWithTheLimitStated()
    {
        var chain = RatePolicy.FirstOf(RatePolicy.ExactDate);
        for (var i = 1; i < RatePolicy.MaxAlternatives; i++)
        {
            chain = RatePolicy.FirstOf(chain, RatePolicy.LatestOnOrBefore(i % 367));
        }
        Assert.Equal(RatePolicy.MaxAlternatives, chain.Alternatives.Length);
        Assert.Equal(1_000, RatePolicy.MaxAlternatives);

        var ex = Assert.Throws<ArgumentException>(() => RatePolicy.FirstOf(chain, RatePolicy.ExactDate));
        Assert.Equal("policies", ex.ParamName);
        Assert.StartsWith("A fallback chain tries at most 1000 policies (a chain given as an alternative counts as its policies); these are 1001.", ex.Message, StringComparison.Ordinal);

        // The longest chain still converts, and fails in time linear in its policies.
        Assert.Same(RatePolicy.ExactDate, Ecb.Convert(OneEuro, CurrencyCode.USD, Published, chain).AppliedPolicy);
        Assert.False(Ecb.TryConvert(OneEuro, CurrencyCode.Parse("KES"), Published, chain, out _));
    }

    [Fact]
    public void FirstOf_ManyPoliciesAtOnce_IsRefusedWithoutCopyingThem()
    {
        var many = Enumerable.Repeat(RatePolicy.ExactDate, Deep).ToArray();
        var ex = Assert.Throws<ArgumentException>(() => RatePolicy.FirstOf(many));
        Assert.Contains("these are 100000", ex.Message, StringComparison.Ordinal);
        var chain = RatePolicy.FirstOf([.. Enumerable.Repeat(RatePolicy.ExactDate, 500)]);
        var ex2 = Assert.Throws<ArgumentException>(() => RatePolicy.FirstOf(chain, chain, chain));
        Assert.Contains("these are 1500", ex2.Message, StringComparison.Ordinal);
    }

    /// <summary>Any tree of chains behaves as the flat chain of its leaves, in order: the same policy applies, with the
    /// same rate, or none does. The leaves are computed here by walking the description of the tree.</summary>
    [Fact]
    public void Property_ATreeOfChains_ConvertsAsTheFlatChainOfItsLeaves()
    {
        var contractual = RatePolicy.Fixed(new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, EcbCsv.Rate(Published, "USD"), Published, new ExchangeRateSource("Donor agreement")));
        RatePolicy[] leaves = [RatePolicy.ExactDate, RatePolicy.LatestOnOrBefore(0), RatePolicy.LatestOnOrBefore(3), contractual];
        var tree = Gen.Recursive<Tree>((depth, gen) => depth >= 4
            ? Gen.Int[0, leaves.Length - 1].Select(i => new Tree(i, []))
            : Gen.OneOf(Gen.Int[0, leaves.Length - 1].Select(i => new Tree(i, [])), gen.Array[1, 4].Select(children => new Tree(-1, children))));
        var currencies = new[] { CurrencyCode.USD, CurrencyCode.GBP, CurrencyCode.Parse("KES") };
        Gen.Select(tree, Gen.Int[0, 2], Gen.Int[0, 9]).Sample((t, currency, day) =>
        {
            var policy = t.Build(leaves);
            var flat = t.Leaves(leaves).ToArray();
            if (policy.Kind != RatePolicyKind.FirstOf)
            {
                return flat.Length == 1 && ReferenceEquals(flat[0], policy);
            }
            Assert.Equal(flat, policy.Alternatives);
            var date = Unpublished.PlusDays(day - 5);
            var found = Ecb.TryConvert(OneEuro, currencies[currency], date, policy, out var c);
            var expected = flat.Select(p => (Policy: p, Found: Ecb.TryConvert(OneEuro, currencies[currency], date, p, out var one), One: one)).FirstOrDefault(x => x.Found);
            return found == expected.Found && (!found || (ReferenceEquals(expected.Policy, c.AppliedPolicy) && expected.One.Rate == c.Rate));
        }, seed: "0Ak8mtYZ3cT1", iter: TryMethodsTest.Iterations(300));
    }

    /// <summary>A chain described as a tree: a leaf is an index into the leaf policies, a node its children.</summary>
    private sealed record Tree(int Leaf, Tree[] Children)
    {
        public RatePolicy Build(RatePolicy[] leaves) => Leaf >= 0 ? leaves[Leaf] : RatePolicy.FirstOf([.. Children.Select(c => c.Build(leaves))]);

        public IEnumerable<RatePolicy> Leaves(RatePolicy[] leaves) => Leaf >= 0 ? [leaves[Leaf]] : Children.SelectMany(c => c.Leaves(leaves));
    }
}
