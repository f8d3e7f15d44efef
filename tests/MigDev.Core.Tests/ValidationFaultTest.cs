using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class ValidationFaultTest
{
    [Fact]
    public void Constructor_KeepsPathValueAndRule()
    {
        var fault = new ValidationFault("commitments[0].programme", "elsewhere", "no programme has this id");
        Assert.Equal("commitments[0].programme", fault.Path);
        Assert.Equal("elsewhere", fault.Value);
        Assert.Equal("no programme has this id", fault.Rule);
        Assert.Equal("commitments[0].programme: 'elsewhere': no programme has this id", fault.ToString());
    }

    [Fact]
    public void Constructor_NoValue_IsLeftOutOfTheText()
    {
        var fault = new ValidationFault("programmes[1].id", null, "duplicate id");
        Assert.Null(fault.Value);
        Assert.Equal("programmes[1].id: duplicate id", fault.ToString());
        Assert.Equal("programmes[1].id: '': duplicate id", new ValidationFault("programmes[1].id", "", "duplicate id").ToString());
    }

    [Fact]
    public void Constructor_NullPathOrRule_ThrowsNamingIt()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new ValidationFault(null!, "v", "rule")).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => new ValidationFault("path", "v", null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Constructor_BlankPathOrRule_ThrowsNamingIt(string blank)
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new ValidationFault(blank, "v", "rule")).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => new ValidationFault("path", "v", blank)).ParamName);
    }

    [Fact]
    public void Equality_Contract_ByPathValueAndRuleOrdinal() =>
        EqualityContract.AssertClass(
            new ValidationFault("programmes[0].partners[0].agency", "atlantis", "no agency has this id"),
            new ValidationFault("programmes[0].partners[0].agency", "atlantis", "no agency has this id"),
            new ValidationFault("programmes[0].partners[1].agency", "atlantis", "no agency has this id"),
            new ValidationFault("programmes[0].partners[0].agency", "Atlantis", "no agency has this id"),
            new ValidationFault("programmes[0].partners[0].agency", null, "no agency has this id"),
            new ValidationFault("programmes[0].partners[0].agency", "atlantis", "No agency has this id"));

    [Fact]
    public void Equality_NullValues_AreEqual() =>
        EqualityContract.AssertClass(
            new ValidationFault("programmes[1].id", null, "duplicate id"),
            new ValidationFault("programmes[1].id", null, "duplicate id"),
            new ValidationFault("programmes[1].id", "", "duplicate id"));

    [Fact]
    public void Validate_TheEmbeddedCatalog_HasNoFault() =>
        Assert.Empty(ModelValidator.Validate(MigDevCatalog.Default.Model));

    [Fact]
    public void Validate_AReferenceToNothing_IsOneFaultWithItsPathAndValue()
    {
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(
            """{"formatVersion":1,"agencies":[{"id":"undp","name":"UNDP","kind":"UnFundOrProgramme"}],"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1,"currency":"EUR"},"programme":"elsewhere"}]}"""));
        var fault = Assert.Single(ex.Faults);
        Assert.Equal("$.commitments[0].programme", fault.Path);
        Assert.Equal("elsewhere", fault.Value);
        Assert.Contains("programme", fault.Rule, StringComparison.Ordinal);
        Assert.Equal(new ValidationFault(fault.Path, "elsewhere", fault.Rule), fault);
    }
}
