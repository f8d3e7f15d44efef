using CsCheck;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Reading a partial date: a text is read when the date it parses to writes it back unchanged, and refused
/// otherwise (the reference here is the date's own <c>ToString</c>).</summary>
public class PartialDateConverterTest
{
    private static readonly PartialDateConverter Converter = new("T", "C");

    // Texts near the form: digits and hyphens in the places of yyyy, yyyy-MM and yyyy-MM-dd, and the dates themselves.
    private static readonly Gen<string> Text = Gen.OneOf(
        DbGens.PartialDate.Select(d => d.ToString()),
        Gen.String[Gen.OneOf(Gen.Char['0', '9'], Gen.Const('-')), 3, 11]);

    [Fact]
    public void ConvertFromProvider_AnyText_AcceptsExactlyTheTextItsValueWrites()
    {
        Text.Sample(text =>
        {
            var canonical = PartialDate.TryParse(text, out var parsed) && parsed.ToString() == text;
            CanonicalRead.Check(Converter, text, canonical, parsed);
        }, seed: "0N1oBu2cCzG4", iter: DbGens.Iterations(5000), threads: 1);
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("2008")]
    [InlineData("2012-12")]
    [InlineData("2007-03-07")]
    [InlineData("9999-12-31")]
    public void ConvertFromProvider_ACanonicalDate_IsReadBackToTheSameText(string text) =>
        Assert.Equal(text, Converter.ConvertFromProvider(text)?.ToString());
}
