using NodaTime;

namespace MigDev.Core;

/// <summary>Where a currency's minor unit came from.</summary>
internal enum MinorUnitOrigin
{
    /// <summary>ISO 4217 Table A.1 (a current currency, or "N.A." for funds, metals and testing codes).</summary>
    Iso4217,

    /// <summary>data/iso4217/legacy-minor-units.csv: a withdrawn currency whose rates the ECB published.</summary>
    LegacySupplement,

    /// <summary>A withdrawn currency for which no source gives the minor unit.</summary>
    Unknown,
}

/// <summary>One ISO 4217 code as the generated table holds it.</summary>
internal sealed class CurrencyRecord
{
    internal const int NotApplicable = -1;
    internal const int UnknownMinorUnit = -2;

    public CurrencyRecord(
        string code,
        int numericCode,
        string name,
        int minorUnit,
        MinorUnitOrigin minorUnitOrigin,
        int withdrawalYear,
        int withdrawalMonth,
        string withdrawalText)
    {
        Code = code;
        NumericCode = numericCode < 0 ? null : numericCode;
        Name = name;
        MinorUnit = minorUnit < 0 ? null : minorUnit;
        MinorUnitOrigin = minorUnitOrigin;
        IsMinorUnitNotApplicable = minorUnit == NotApplicable;
        WithdrawalMonth = withdrawalYear == 0 ? null : new YearMonth(withdrawalYear, withdrawalMonth);
        WithdrawalText = withdrawalText.Length == 0 ? null : withdrawalText;
    }

    public string Code { get; }

    public int? NumericCode { get; }

    public string Name { get; }

    public int? MinorUnit { get; }

    public MinorUnitOrigin MinorUnitOrigin { get; }

    public bool IsMinorUnitNotApplicable { get; }

    public YearMonth? WithdrawalMonth { get; }

    public string? WithdrawalText { get; }

    /// <summary>10^-MinorUnit: the smallest amount of the currency, or 0 when it has none.</summary>
    public decimal MinorUnitSize => MinorUnit is int mu ? Internal.DecimalPowers.NegativePowerOfTen(mu) : 0m;
}
