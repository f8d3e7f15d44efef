using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class AgencyIdTest
{
    [Theory]
    [InlineData("undp")]
    [InlineData("un-desa")]
    [InlineData("gfmd-ad-hoc-wg-policy-coherence-data-research")]
    [InlineData("x1")]
    public void Parse_WellFormed(string text) => Assert.Equal(text, AgencyId.Parse(text).Value);

    [Theory]
    [InlineData("UNDP")]
    [InlineData("un desa")]
    [InlineData("un--desa")]
    [InlineData("-undp")]
    [InlineData("undp-")]
    [InlineData("")]
    [InlineData("un/desa")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => AgencyId.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(AgencyId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(AgencyId);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Value);
        Assert.Equal("(default AgencyId)", d.ToString());
        Assert.Equal(0, d.GetHashCode());
    }

    [Fact]
    public void Equality_Contract() =>
        EqualityContract.AssertStruct(AgencyId.Parse("undp"), AgencyId.Parse("undp"), AgencyId.Parse("unfpa"), default);

    [Fact]
    public void Comparison_Contract_IsOrdinal()
    {
        ComparisonContract.AssertStruct(AgencyId.Parse("iom"), AgencyId.Parse("undp"), AgencyId.Parse("unfpa"));
        ComparisonContract.AssertDefaultRefused(AgencyId.Parse("iom"));
    }
}
