using System.Text.Json;
using CsCheck;

namespace MigDev.Core.Tests;

/// <summary>Algebraic laws of Money, over random amounts and currencies (CsCheck).</summary>
public partial class MoneyTest
{
    [Fact]
    public void Property_AdditionCommutes() =>
        Gen.Select(Gens.Amount, Gens.Amount, Gens.Currency).Sample((a, b, c) =>
            new Money(a, c) + new Money(b, c) == new Money(b, c) + new Money(a, c));

    [Fact]
    public void Property_AddThenSubtract_GivesBackTheAmount() =>
        Gen.Select(Gens.Amount, Gens.Amount, Gens.Currency).Sample((a, b, c) =>
            (new Money(a, c) + new Money(b, c)) - new Money(b, c) == new Money(a, c));

    [Fact]
    public void Property_AdditionMatchesDecimal() =>
        Gen.Select(Gens.Amount, Gens.Amount, Gens.Currency).Sample((a, b, c) =>
            (new Money(a, c) + new Money(b, c)).Amount == a + b);

    [Fact]
    public void Property_ComparisonMatchesDecimal() =>
        Gen.Select(Gens.Amount, Gens.Amount, Gens.Currency).Sample((a, b, c) =>
            new Money(a, c).CompareTo(new Money(b, c)) == a.CompareTo(b)
            && (new Money(a, c) < new Money(b, c)) == (a < b));

    [Fact]
    public void Property_EqualValuesHashAlike() =>
        Gen.Select(Gens.Amount, Gens.Currency).Sample((a, c) =>
        {
            var padded = new Money(a + 0.000m, c);
            var plain = new Money(a, c);
            return padded == plain && padded.GetHashCode() == plain.GetHashCode();
        });

    [Fact]
    public void Property_SumMatchesPairwiseAddition() =>
        Gens.Amount.Array[0, 50].Select(Gens.Currency).Sample((amounts, c) =>
            Money.Sum(amounts.Select(a => new Money(a, c)), c).Amount == amounts.Sum());

    [Fact]
    public void Property_ParseToString_RoundTripsValueAndScale() =>
        Gen.Select(Gens.AnyDecimal, Gens.Currency).Sample((a, c) =>
        {
            var m = new Money(a, c);
            var back = Money.Parse(m.ToString());
            return back == m && back.Amount.Scale == a.Scale && back.ToString() == m.ToString();
        });

    [Fact]
    public void Property_Json_RoundTripsValueAndScale() =>
        Gen.Select(Gens.AnyDecimal, Gens.Currency).Sample((a, c) =>
        {
            var m = new Money(a, c);
            var json = JsonSerializer.Serialize(m, Json.Money);
            var back = JsonSerializer.Deserialize(json, Json.Money);
            return back == m && back.Amount.Scale == a.Scale && JsonSerializer.Serialize(back, Json.Money) == json;
        });

    [Fact]
    public void Property_RoundIsIdempotentAndWithinHalfAUnit() =>
        Gens.Money.Sample(m =>
        {
            var r = m.Round();
            var unit = 1m / (decimal)Math.Pow(10, m.Currency.MinorUnit!.Value);
            return r.Round() == r && Math.Abs((r - m).Amount) <= unit / 2 && r.IsRoundedToMinorUnit();
        });
}
