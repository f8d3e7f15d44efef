using System.Diagnostics.CodeAnalysis;
using MigDev.Core.Internal;

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

    // Why a text given to the API is not a currency code (any case is read): the code meant when the text has white space
    // around it, otherwise the nearest codes and names.
    internal static string DescribeBadCurrencyCode(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length != text.Length && Iso4217Table.Find(trimmed) is var index and not 0)
        {
            return $"'{text}' is not a currency code: a code has no white space around it; did you mean '{Iso4217Table.Get(index).Code}'?";
        }
        var reason = text.Length == 3 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && char.IsAsciiLetter(text[2])
            ? $"'{text}' is not an ISO 4217 currency code, current or withdrawn."
            : $"'{text}' is not a currency code: an ISO 4217 code is three letters, such as 'EUR'.";
        var nearest = NearestMatches.Find(text.ToString(), CurrencyCode.All, c => [c.Code, c.Name], c => $"{c.Code} ({c.Name})");
        return nearest.IsEmpty ? reason : $"{reason} Nearest: {string.Join("; ", nearest)}.";
    }

    // Why a text in a document (JSON, Money's text) is not a currency code: a document writes it in upper case.
    internal static string DescribeNonCanonicalCurrencyCode(ReadOnlySpan<char> text) =>
        Iso4217Table.Find(text) is var index and not 0
            ? $"'{text}' is not a currency code as a document writes it, in upper case: did you mean '{Iso4217Table.Get(index).Code}'?"
            : DescribeBadCurrencyCode(text);
}
