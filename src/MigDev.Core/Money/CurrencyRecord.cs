using NodaTime;

namespace MigDev.Core;

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
        int withdrawalYear,
        int withdrawalMonth)
    {
        Code = code;
        NumericCode = numericCode < 0 ? null : numericCode;
        Name = name;
        MinorUnit = minorUnit < 0 ? null : minorUnit;
        IsMinorUnitNotApplicable = minorUnit == NotApplicable;
        WithdrawalMonth = withdrawalYear == 0 ? null : new YearMonth(withdrawalYear, withdrawalMonth);
    }

    public string Code { get; }

    public int? NumericCode { get; }

    public string Name { get; }

    public int? MinorUnit { get; }

    public bool IsMinorUnitNotApplicable { get; }

    public YearMonth? WithdrawalMonth { get; }

    /// <summary>10^-MinorUnit: the smallest amount of the currency, or 0 when it has none.</summary>
    public decimal MinorUnitSize => MinorUnit is int mu ? Internal.DecimalPowers.NegativePowerOfTen(mu) : 0m;
}
