using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core;

/// <summary>Throws the exceptions whose messages more than one type shares, out of the hot paths.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    internal static T ThrowDefaultCurrency<T>() =>
        throw new InvalidOperationException("default(CurrencyCode) is not a currency: obtain one from CurrencyCode.Parse, TryParse or CurrencyCode.All.");

    [DoesNotReturn]
    internal static T ThrowDefaultMoney<T>() =>
        throw new InvalidOperationException("default(Money) has no currency and is not an amount of money: create one with new Money(amount, currency) or Money.Zero(currency).");

    [DoesNotReturn]
    internal static T ThrowNoMinorUnit<T>(CurrencyCode currency) =>
        throw new InvalidOperationException(currency.IsMinorUnitApplicable
            ? $"The minor unit of {currency.Code} ({currency.Name}, withdrawn {currency.WithdrawalMonth}) is not known: ISO 4217 gives none for withdrawn codes. Round with an explicit number of decimal places instead."
            : $"{currency.Code} ({currency.Name}) has no minor unit (ISO 4217: N.A.). Round with an explicit number of decimal places instead.");

    [DoesNotReturn]
    internal static CurrencyCode ThrowBadCurrencyCode(ReadOnlySpan<char> text) =>
        throw new FormatException(DescribeBadCurrencyCode(text));

    internal static string DescribeBadCurrencyCode(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return $"'{text}' is not a currency code: an ISO 4217 code is three upper-case letters, such as 'EUR'.";
            }
        }
        return text.Length != 3
            ? $"'{text}' is not a currency code: an ISO 4217 code is three upper-case letters, such as 'EUR'."
            : $"'{text}' is not an ISO 4217 currency code, current or withdrawn.";
    }

}
