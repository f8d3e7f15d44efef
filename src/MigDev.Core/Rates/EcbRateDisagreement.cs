using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// One rate on which a loaded ECB file and the history it is layered over disagree: the date, the currency and both
/// values, either absent where only one side has a rate (the ECB published <c>N/A</c>, or the date is missing).
/// </summary>
/// <remarks>Values are compared as numbers: <c>395.1</c> in the CSV and <c>395.10</c> in the XML agree. Value
/// equality. Immutable.</remarks>
public sealed class EcbRateDisagreement : IEquatable<EcbRateDisagreement>
{
    /// <summary>Initializes a disagreement.</summary>
    /// <param name="date">The publication date.</param>
    /// <param name="currency">The currency priced in euros.</param>
    /// <param name="historyRate">The rate EUR→currency in the history layered over, or <see langword="null"/>.</param>
    /// <param name="fileRate">The rate in the loaded file, or <see langword="null"/>.</param>
    public EcbRateDisagreement(LocalDate date, CurrencyCode currency, decimal? historyRate, decimal? fileRate)
    {
        Date = date;
        Currency = currency;
        HistoryRate = historyRate;
        FileRate = fileRate;
    }

    /// <summary>Gets the publication date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the currency priced in euros.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Gets the history's rate, kept by the layered provider; <see langword="null"/> where the history has
    /// none (N/A, or no publication on that date).</summary>
    public decimal? HistoryRate { get; }

    /// <summary>Gets the loaded file's rate; <see langword="null"/> where the file has none.</summary>
    public decimal? FileRate { get; }

    /// <summary>Compares two disagreements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(EcbRateDisagreement? left, EcbRateDisagreement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two disagreements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(EcbRateDisagreement? left, EcbRateDisagreement? right) => !(left == right);

    /// <summary>Returns whether date, currency and both rates are equal (rates as numbers).</summary>
    /// <param name="other">The other disagreement.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] EcbRateDisagreement? other) =>
        other is not null && Date == other.Date && Currency == other.Currency && HistoryRate == other.HistoryRate && FileRate == other.FileRate;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EcbRateDisagreement other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Currency, HistoryRate, FileRate);

    /// <summary>Describes the disagreement: <c>2026-04-13 EUR→USD: history 1.1684, file 1.1685</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} EUR→{Currency}: history {Text(HistoryRate)}, file {Text(FileRate)}");

    private static string Text(decimal? rate) => rate?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
