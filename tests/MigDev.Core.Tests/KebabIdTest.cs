using MigDev.Core.Internal;

namespace MigDev.Core.Tests;

/// <summary>The id rule of agencies and programmes, and the ids the IATI import makes of names and identifiers.</summary>
public class KebabIdTest
{
    [Theory]
    [InlineData("Côte d'Ivoire", "cote-d-ivoire")]
    [InlineData("UN HIGH COMMISSIONER FOR REFUGEES (UNHCR)", "un-high-commissioner-for-refugees-unhcr")]
    [InlineData("XM-DAC-47066-DP.2154", "xm-dac-47066-dp-2154")]
    [InlineData("  --Türkiye--  ", "turkiye")]
    [InlineData("…", "fallback")]
    [InlineData("", "fallback")]
    public void From_LowerCaseAsciiWordsJoinedByHyphens_OrTheFallback(string text, string expected)
    {
        var id = KebabId.From(text, "fallback");
        Assert.Equal(expected, id);
        Assert.True(KebabId.IsValid(id));
    }

    [Fact]
    public void From_ALongName_IsCutToTheLimit_AndStaysValid()
    {
        var id = KebabId.From(string.Concat(Enumerable.Repeat("Ministry of Foreign Affairs ", 10)), "fallback");
        Assert.True(id.Length <= KebabId.MaxLength);
        Assert.True(KebabId.IsValid(id), id);
        Assert.StartsWith("ministry-of-foreign-affairs-ministry", id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("un-desa", true)]
    [InlineData("Un-desa", false)]
    [InlineData("un--desa", false)]
    [InlineData("-undp", false)]
    [InlineData("undp-", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_TheRule(string? text, bool valid) => Assert.Equal(valid, KebabId.IsValid(text));
}
