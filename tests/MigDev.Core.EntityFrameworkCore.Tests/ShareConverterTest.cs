using CsCheck;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Reading a share: a text is read when the share it parses to writes it back unchanged (the reduced fraction),
/// and refused otherwise (the reference here is the share's own <c>ToString</c>).</summary>
public class ShareConverterTest
{
    private static readonly ShareConverter Converter = new("T", "C");

    // Fractions, reduced or not, in range or not, and the shares themselves.
    private static readonly Gen<string> Text = Gen.OneOf(
        DbGens.Share.Select(s => s.ToString()),
        Gen.Select(Gen.Long[0, 30], Gen.Long[0, 30]).Select((n, d) => $"{n}/{d}"),
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.Long[1, long.MaxValue]).Select((n, d) => $"{n}/{d}"));

    [Fact]
    public void ConvertFromProvider_AnyFraction_AcceptsExactlyTheTextItsValueWrites()
    {
        Text.Sample(text =>
        {
            var canonical = Share.TryParse(text, out var parsed) && parsed.ToString() == text;
            CanonicalRead.Check(Converter, text, canonical, parsed);
        }, seed: "0N1oBu2cCzG4", iter: DbGens.Iterations(3000), threads: 1);
    }

    [Theory]
    [InlineData("1/3", true)]
    [InlineData("0/1", true)]
    [InlineData("1/1", true)]
    [InlineData("2/4", false)]
    [InlineData("0/5", false)]
    public void ConvertFromProvider_AFraction_IsReadWhenReduced(string text, bool canonical) =>
        CanonicalRead.CheckKnown(Converter, text, canonical);
}
