using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core;

/// <summary>
/// The exception thrown when no exchange rate can be found for a pair on a date under a policy: CYP after 2007, a
/// date before 1999-01-04, a currency the ECB never published. It names the pair, the date, the pair that was
/// missing (a leg of a cross rate) and the nearest rates that were available.
/// </summary>
public sealed class ExchangeRateNotFoundException : KeyNotFoundException
{
    private readonly bool _described;

    /// <summary>Initializes a new instance with a default message.</summary>
    public ExchangeRateNotFoundException()
        : base("No exchange rate was found.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public ExchangeRateNotFoundException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ExchangeRateNotFoundException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance describing what was asked, what was missing and what was nearest.</summary>
    /// <param name="baseCurrency">The currency converted from.</param>
    /// <param name="quoteCurrency">The currency converted to.</param>
    /// <param name="date">The date asked for.</param>
    /// <param name="policy">The policy that found nothing.</param>
    /// <param name="source">The provider's source.</param>
    /// <param name="missingBase">The base of the published pair that was missing (EUR for an ECB leg).</param>
    /// <param name="missingQuote">The quote of the published pair that was missing.</param>
    /// <param name="nearestBefore">The latest rate of the missing pair before <paramref name="date"/>, if any.</param>
    /// <param name="nearestAfter">The earliest rate of the missing pair after <paramref name="date"/>, if any.</param>
    public ExchangeRateNotFoundException(
        CurrencyCode baseCurrency,
        CurrencyCode quoteCurrency,
        LocalDate date,
        RatePolicy policy,
        ExchangeRateSource source,
        CurrencyCode missingBase,
        CurrencyCode missingQuote,
        ExchangeRate? nearestBefore,
        ExchangeRate? nearestAfter)
    {
        BaseCurrency = baseCurrency;
        QuoteCurrency = quoteCurrency;
        Date = date;
        Policy = policy;
        RateSource = source;
        MissingBaseCurrency = missingBase;
        MissingQuoteCurrency = missingQuote;
        NearestBefore = nearestBefore;
        NearestAfter = nearestAfter;
        _described = true;
    }

    /// <summary>Gets the currency converted from.</summary>
    public CurrencyCode BaseCurrency { get; }

    /// <summary>Gets the currency converted to.</summary>
    public CurrencyCode QuoteCurrency { get; }

    /// <summary>Gets the date asked for.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the policy that found nothing, if known.</summary>
    public RatePolicy? Policy { get; }

    /// <summary>Gets the source asked, if known.</summary>
    public ExchangeRateSource? RateSource { get; }

    /// <summary>Gets the base currency of the published pair that was missing (for USD→CYP through the ECB: EUR).</summary>
    public CurrencyCode MissingBaseCurrency { get; }

    /// <summary>Gets the quote currency of the published pair that was missing (for USD→CYP after 2007: CYP).</summary>
    public CurrencyCode MissingQuoteCurrency { get; }

    /// <summary>Gets the latest rate of the missing pair before the date, if the source has one.</summary>
    public ExchangeRate? NearestBefore { get; }

    /// <summary>Gets the earliest rate of the missing pair after the date, if the source has one.</summary>
    public ExchangeRate? NearestAfter { get; }

    /// <summary>Gets the message: the one given, or, for the constructor that describes the lookup, the pair, the date,
    /// the source and policy, the missing leg and the nearest rates.</summary>
    public override string Message => _described ? Describe() : base.Message;

    private string Describe()
    {
        var (baseCurrency, quoteCurrency, date, policy, source) = (BaseCurrency, QuoteCurrency, Date, Policy, RateSource);
        var (missingBase, missingQuote, before, after) = (MissingBaseCurrency, MissingQuoteCurrency, NearestBefore, NearestAfter);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"No exchange rate {baseCurrency}→{quoteCurrency} on {LocalDatePattern.Iso.Format(date)} from {source?.Name} ({policy})");
        var samePair = (missingBase == baseCurrency && missingQuote == quoteCurrency) || (missingBase == quoteCurrency && missingQuote == baseCurrency);
        if (!samePair)
        {
            sb.Append(CultureInfo.InvariantCulture, $": the leg {missingBase}→{missingQuote} is missing");
        }
        sb.Append(". ");
        if (before is null && after is null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{source?.Name} never published {missingBase}→{missingQuote}.");
        }
        else
        {
            sb.Append("Nearest available: ");
            sb.Append(before is { } b ? $"{b} before" : "none before");
            sb.Append(after is { } a ? $", {a} after." : ", none after.");
        }
        return sb.ToString();
    }
}
