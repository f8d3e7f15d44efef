using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core.Tests;

/// <summary>The library's own guard clauses: one message per case, the caller's parameter name, the offending value.</summary>
public class GuardsTest
{
    [Fact]
    public void DefaultValue_NamesTheTypeAndTheParameter()
    {
        CurrencyCode currency = default;
        var ex = Assert.Throws<ArgumentException>(() => Guard.Against.DefaultValue(currency));
        Assert.Equal("currency", ex.ParamName);
        Assert.StartsWith("currency is default(CurrencyCode), which is not a CurrencyCode", ex.Message, StringComparison.Ordinal);
        Assert.Equal(CurrencyCode.EUR, Guard.Against.DefaultValue(CurrencyCode.EUR));
    }

    [Fact]
    public void DefaultValue_OfANullable_AllowsAbsent_RefusesDefault()
    {
        PartialDate? absent = null;
        PartialDate? start = default(PartialDate);
        Assert.Null(Guard.Against.DefaultValue(absent));
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Guard.Against.DefaultValue(start)).ParamName);
    }

    [Fact]
    public void UndefinedEnum_GivesTheNumber()
    {
        var role = (OrganisationRole)99;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.UndefinedEnum(role));
        Assert.Equal("role", ex.ParamName);
        Assert.Equal(role, ex.ActualValue);
        Assert.Contains("role must be a defined OrganisationRole, was 99.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfRange_GivesTheRangeAndTheValue()
    {
        var decimals = 29;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.OutOfRange(decimals, 0, 28));
        Assert.Equal("decimals", ex.ParamName);
        Assert.Contains("decimals must be between 0 and 28, was 29.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(28, Guard.Against.OutOfRange(28, 0, 28));
    }

    [Fact]
    public void WrongType_NamesBothTypes()
    {
        object obj = "EUR";
        var ex = Assert.Throws<ArgumentException>(() => Guard.Against.WrongType<CurrencyCode>(obj));
        Assert.Equal("obj", ex.ParamName);
        Assert.Contains("Object must be of type CurrencyCode, was System.String.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_FormatsItsMessageOnlyWhenItFails()
    {
        var counter = new CountingFormattable();
        Guard.Against.Invalid(false, $"never {counter}", "x");
        Guard.Against.InvalidNumber(false, 1, $"never {counter}", "x");
        Assert.Equal(0, counter.Calls);
        var ex = Assert.Throws<ArgumentException>(() => Guard.Against.Invalid(true, $"once {counter} at {1.5m}", "x"));
        Assert.Equal(1, counter.Calls);
        Assert.StartsWith("once counted at 1.5", ex.Message, StringComparison.Ordinal);
        Assert.Equal("x", ex.ParamName);
    }

    [Fact]
    public void Blank_NullIsArgumentNull_WhiteSpaceIsArgument_TheMessageFormattedOnlyThen()
    {
        var counter = new CountingFormattable();
        Assert.Equal("UNDP", Guard.Against.Blank("UNDP", $"never {counter}"));
        Assert.Equal(0, counter.Calls);
        string? name = null;
        var missing = Assert.Throws<ArgumentNullException>(() => Guard.Against.Blank(name, $"Agency needs a name, was '{name}' ({counter})."));
        Assert.Equal("name", missing.ParamName);
        Assert.StartsWith("Agency needs a name, was '' (counted).", missing.Message, StringComparison.Ordinal);
        name = "  ";
        var blank = Assert.Throws<ArgumentException>(() => Guard.Against.Blank(name, $"Agency needs a name, was '{name}'."));
        Assert.IsType<ArgumentException>(blank);
        Assert.Equal("name", blank.ParamName);
        Assert.Contains("was '  '", blank.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullElement_NamesTheIndex()
    {
        string?[] names = ["a", null];
        var ex = Assert.Throws<ArgumentNullException>(() => Guard.Against.NullElement(names[1], 1, nameof(names)));
        Assert.Equal("names", ex.ParamName);
        Assert.Contains("names[1] is null.", ex.Message, StringComparison.Ordinal);
    }

    private sealed class CountingFormattable
    {
        public int Calls { get; private set; }

        public override string ToString()
        {
            Calls++;
            return "counted";
        }
    }
}
