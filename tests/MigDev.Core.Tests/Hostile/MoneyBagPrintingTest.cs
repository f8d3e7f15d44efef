using CsCheck;

namespace MigDev.Core.Tests.Hostile;

/// <summary>Issue 18 reported that <see cref="MoneyBag"/> printed <c>EUR 15000000</c> where <see cref="Money"/> printed
/// <c>EUR 15000000.00</c>. Both print an amount with the scale it was stated with: a bag prints each subtotal exactly as
/// that <see cref="Money"/> prints, and the text reads back to the same subtotals, scale included.</summary>
public class MoneyBagPrintingTest
{
    [Theory]
    [InlineData("EUR 15000000.00")]
    [InlineData("EUR 15000000")]
    [InlineData("JPY 1000")]
    [InlineData("BHD 1.500")]
    public void OneAmount_BagPrintsItAsMoneyDoes(string text)
    {
        var money = Money.Parse(text);

        Assert.Equal(text, money.ToString());
        Assert.Equal($"[{text}]", MoneyBag.Of([money]).ToString());
    }

    [Fact]
    public void AnyAmounts_BagText_IsEachSubtotalsMoneyText_AndReadsBackWithItsScale() =>
        Gens.Money.Array[0, 6].Sample(amounts =>
        {
            var bag = MoneyBag.Of(amounts);
            var subtotals = amounts.GroupBy(m => m.Currency).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
                .Select(g => g.Aggregate((a, b) => a + b)).ToArray();

            var expected = "[" + string.Join(", ", subtotals.Select(m => m.ToString())) + "]";
            Assert.Equal(expected, bag.ToString());
            var readBack = bag.ToString().Trim('[', ']').Split(", ", StringSplitOptions.RemoveEmptyEntries)
                .Select(t => Money.Parse(t)).ToArray();
            Assert.Equal(subtotals.Select(m => m.Amount.Scale), readBack.Select(m => m.Amount.Scale));
            Assert.Equal(subtotals, readBack);
        }, seed: "0N0XIzNsQ0O2", iter: TryMethodsTest.Iterations(200));
}
