using MigDev.Core.Tests.Contracts;
using NodaTime;

namespace MigDev.Core.Tests;

public partial class CurrencyCodeTest
{
    [Fact]
    public void Parse_Eur_HasIso4217Facts()
    {
        var eur = CurrencyCode.Parse("EUR");
        Assert.Equal("EUR", eur.Code);
        Assert.Equal(978, eur.NumericCode);
        Assert.Equal("Euro", eur.Name);
        Assert.Equal(2, eur.MinorUnit);
        Assert.True(eur.IsCurrent);
        Assert.Null(eur.WithdrawalMonth);
        Assert.Equal(CurrencyCode.EUR, eur);
    }

    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("USD", 2)]
    public void MinorUnit_CurrentCodes_AsIsoTableA1(string code, int minorUnit) =>
        Assert.Equal(minorUnit, CurrencyCode.Parse(code).MinorUnit);

    [Theory]
    [InlineData("XAU")]
    [InlineData("XDR")]
    [InlineData("XXX")]
    public void MinorUnit_NotApplicable_IsNullAndSaysSo(string code)
    {
        var currency = CurrencyCode.Parse(code);
        Assert.Null(currency.MinorUnit);
        Assert.False(currency.IsMinorUnitApplicable);
    }

    [Theory]
    [InlineData("CYP", 2)]
    [InlineData("EEK", 2)]
    [InlineData("LTL", 2)]
    [InlineData("LVL", 2)]
    [InlineData("MTL", 2)]
    [InlineData("ROL", 2)]
    [InlineData("SIT", 2)]
    [InlineData("SKK", 2)]
    [InlineData("TRL", 0)]
    public void MinorUnit_EcbLegacyCurrencies_FromSupplement(string code, int minorUnit)
    {
        var currency = CurrencyCode.Parse(code);
        Assert.False(currency.IsCurrent);
        Assert.Equal(minorUnit, currency.MinorUnit);
    }

    [Fact]
    public void MinorUnit_OtherWithdrawnCode_IsUnknownNotInvented()
    {
        var dem = CurrencyCode.Parse("DEM");
        Assert.Null(dem.MinorUnit);
        Assert.True(dem.IsMinorUnitApplicable);
        Assert.Equal(new YearMonth(2002, 3), dem.WithdrawalMonth);
    }

    [Fact]
    public void IsInUseOn_CypOnFirstOfMarch2009_IsFalseWithdrawnJanuary2008()
    {
        var cyp = CurrencyCode.Parse("CYP");
        Assert.Equal(new YearMonth(2008, 1), cyp.WithdrawalMonth);
        Assert.False(cyp.IsInUseOn(new LocalDate(2009, 3, 1)));
        Assert.False(cyp.IsInUseOn(new LocalDate(2008, 1, 1)));
        Assert.True(cyp.IsInUseOn(new LocalDate(2007, 12, 31)));
    }

    [Fact]
    public void IsInUseOn_CurrentCode_IsTrue() =>
        Assert.True(CurrencyCode.EUR.IsInUseOn(new LocalDate(2026, 11, 23)));

    [Fact]
    public void WithdrawalMonth_SpanInIso_IsLastMonthOfSpan()
    {
        Assert.Equal(new YearMonth(1990, 9), CurrencyCode.Parse("DDM").WithdrawalMonth);
        Assert.Equal(new YearMonth(1981, 12), CurrencyCode.Parse("GWE").WithdrawalMonth);
    }

    [Fact]
    public void WithdrawalMonth_CodeWithdrawnSeveralTimes_IsLatest() =>
        Assert.Equal(new YearMonth(2018, 8), CurrencyCode.Parse("VEF").WithdrawalMonth);

    [Fact]
    public void Current_BulgarianLevWithdrawn2026_IsNotCurrentButEuroIs()
    {
        Assert.DoesNotContain(CurrencyCode.Parse("BGN"), CurrencyCode.Current);
        Assert.Contains(CurrencyCode.EUR, CurrencyCode.Current);
        Assert.Contains(CurrencyCode.Parse("XCG"), CurrencyCode.Current);
        Assert.All(CurrencyCode.Current, c => Assert.True(c.IsCurrent));
    }

    [Fact]
    public void All_IsSortedAndIncludesWithdrawn()
    {
        Assert.Equal(CurrencyCode.All.OrderBy(c => c.Code, StringComparer.Ordinal), CurrencyCode.All);
        Assert.Contains(CurrencyCode.Parse("CYP"), CurrencyCode.All);
        Assert.True(CurrencyCode.All.Length > CurrencyCode.Current.Length);
    }

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("CYP", true)]
    [InlineData("XYZ", false)]
    [InlineData("eur", true)]
    [InlineData("cYp", true)]
    [InlineData(" EUR", false)]
    [InlineData("EURO", false)]
    [InlineData("", false)]
    public void IsDefined_AnswersIsThisACurrency(string text, bool expected) =>
        Assert.Equal(expected, CurrencyCode.IsDefined(text));

    [Theory]
    [InlineData("XYZ", "not an ISO 4217 currency code")]
    [InlineData("EU", "three letters")]
    [InlineData(" EUR", "no white space around it; did you mean 'EUR'?")]
    [InlineData("eur\t", "no white space around it; did you mean 'EUR'?")]
    [InlineData("E1R", "three letters")]
    [InlineData("\u00C9UR", "three letters")]
    public void Parse_BadText_ThrowsFormatExceptionNamingValue(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => CurrencyCode.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("Eur")]
    [InlineData("eUR")]
    public void Parse_AnyCase_IsTheCode_PrintedInUpperCase(string text)
    {
        Assert.Equal(CurrencyCode.EUR, CurrencyCode.Parse(text));
        Assert.True(CurrencyCode.TryParse(text, out var code));
        Assert.Equal("EUR", code.ToString());
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => CurrencyCode.Parse((string)null!));
        Assert.Equal("s", ex.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("XYZ")]
    [InlineData(" USD")]
    [InlineData("\u00C9UR")]
    public void TryParse_BadText_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(CurrencyCode.TryParse(text, out var result));
        Assert.True(result.IsDefault);
    }

    [Fact]
    public void ToString_IsCanonicalCode()
    {
        Assert.Equal("EUR", CurrencyCode.EUR.ToString());
        Assert.Equal("EUR", $"{CurrencyCode.EUR}");
        Assert.Equal("EUR", CurrencyCode.EUR.ToString("G", new System.Globalization.CultureInfo("tr-TR")));
    }

    [Fact]
    public void ToString_UnknownFormat_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => CurrencyCode.EUR.ToString("N", null));
        Assert.Contains("'N'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsRejectedLoudlyButHarmlessInCollections()
    {
        var d = default(CurrencyCode);
        Assert.True(d.IsDefault);
        var ex = Assert.Throws<InvalidOperationException>(() => d.Code);
        Assert.Contains("default(CurrencyCode)", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => d.MinorUnit);
        Assert.Throws<InvalidOperationException>(() => d.IsCurrent);
        Assert.Equal("(default CurrencyCode)", d.ToString());
        Assert.Equal(default, d);
        Assert.NotEqual(CurrencyCode.EUR, d);
        Assert.Equal(0, d.GetHashCode());
    }

    [Fact]
    public void Equality_Contract() =>
        EqualityContract.AssertStruct(CurrencyCode.EUR, CurrencyCode.Parse("EUR"), CurrencyCode.USD, CurrencyCode.Parse("CYP"), default);

    [Fact]
    public void Comparison_Contract_IsOrdinalByCode()
    {
        ComparisonContract.AssertStruct(CurrencyCode.CHF, CurrencyCode.EUR, CurrencyCode.USD);
        ComparisonContract.AssertDefaultRefused(CurrencyCode.EUR);
    }

    [Fact]
    public void NumericCode_SharedOverHistory_BothCodesKnown()
    {
        Assert.Equal(532, CurrencyCode.Parse("ANG").NumericCode);
        Assert.Equal(532, CurrencyCode.Parse("XCG").NumericCode);
        Assert.Null(CurrencyCode.Parse("XFO").NumericCode);
    }

    [Fact]
    public void Current_NumericCodesAreUnique()
    {
        var numbers = CurrencyCode.Current.Select(c => c.NumericCode).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }
}
