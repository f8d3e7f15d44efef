using CsCheck;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Reading a timeframe: a text is read when the value it parses to writes it back unchanged, and refused
/// otherwise (the reference here is the value's own <c>ToString</c>).</summary>
public class TimeframeConverterTest
{
    private static readonly TimeframeConverter Converter = new("T", "C");

    // Texts of every timeframe form, canonical or not: a date, "..", or a duration on each side of a slash, or one part.
    private static readonly Gen<string> TimeframeText = Gen.Select(
        DbGens.PartialDate.Select(d => d.ToString()).Null(), DbGens.PartialDate.Select(d => d.ToString()).Null(),
        Gen.OneOf(Gen.Const("P4Y"), Gen.Const("P1Y2M"), Gen.Const("P12M"), Gen.Const("P0D"), Gen.Const("P3W")), Gen.Int[0, 4]).Select((a, b, duration, form) => form switch
        {
            0 => $"{a ?? ".."}/{b ?? ".."}",
            1 => $"{a ?? ".."}/{a ?? ".."}",             // one date twice: the library writes it once
            2 => $"{a ?? ".."}/{duration}",
            3 => a ?? duration,
            _ => $"{b ?? ".."}/{a ?? ".."}",
        });

    [Fact]
    public void ConvertFromProvider_AnyTimeframeText_AcceptsExactlyTheTextItsValueWrites()
    {
        Gen.OneOf(TimeframeText, DbGens.Timeframe.Select(t => t.ToString())).Sample(text =>
        {
            Timeframe? parsed = null;
            try
            {
                parsed = Timeframe.Parse(text);
            }
            catch (FormatException)
            {
            }
            CanonicalRead.Check(Converter, text, parsed is not null && parsed.ToString() == text, parsed);
        }, seed: "0N1oBu2cCzG4", iter: DbGens.Iterations(2000), threads: 1);
    }

    [Theory]
    [InlineData("2009/2011", true)]
    [InlineData("2011/..", true)]
    [InlineData("../2010-06", true)]
    [InlineData("2007-03-07", true)]
    [InlineData("2007-03-07/2007-03-07", false)]
    [InlineData("P4Y", true)]
    [InlineData("2008/P4Y", true)]
    [InlineData("2008/P48M", true)]
    [InlineData("2008/P2W", false)]
    public void ConvertFromProvider_Text_IsReadWhenCanonicalAndRefusedOtherwise(string text, bool canonical) =>
        CanonicalRead.CheckKnown(Converter, text, canonical);
}
