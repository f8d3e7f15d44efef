using NodaTime;

namespace MigDev.Core;

/// <summary>
/// A source of published exchange rates: the ECB's history (<see cref="EcbExchangeRateProvider"/>), rates a user
/// supplies (<see cref="SuppliedExchangeRateProvider"/>), or a host's own implementation.
/// </summary>
/// <remarks>
/// <para>A provider answers only for the pairs and dates it publishes. Deriving inverse and cross rates and choosing
/// a date (exact, or the latest published before it) is the <see cref="CurrencyConverter"/>'s work, under a
/// <see cref="RatePolicy"/>, so that every result records what was derived and why.</para>
/// <para>Implementations must be thread-safe; the built-in ones are immutable.</para>
/// </remarks>
public interface IExchangeRateProvider
{
    /// <summary>Gets who publishes this provider's rates.</summary>
    ExchangeRateSource Source { get; }

    /// <summary>Gets the currency through which this provider's rates may be crossed (EUR for the ECB), or
    /// <see langword="null"/> when cross rates should not be derived.</summary>
    CurrencyCode? PivotCurrency { get; }

    /// <summary>Tries to get the rate published for exactly this pair, in this direction, on exactly this date.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency of the price.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="rate">The published rate, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if the provider published that rate on that date.</returns>
    bool TryGetRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf, out ExchangeRate rate);

    /// <summary>Finds the published rates of a pair nearest to a date, on either side, for error messages that say
    /// what was available instead.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency of the price.</param>
    /// <param name="asOf">The date asked for.</param>
    /// <returns>The latest rate published before <paramref name="asOf"/> and the earliest after it, each
    /// <see langword="null"/> when there is none (a pair the provider never published has neither).</returns>
    (ExchangeRate? Before, ExchangeRate? After) FindNearestRates(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf);
}
