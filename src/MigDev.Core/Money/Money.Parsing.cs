using System.Diagnostics.CodeAnalysis;
using MigDev.Core.Internal;

namespace MigDev.Core;

public readonly partial struct Money : ISpanParsable<Money>
{
    /// <summary>Parses the canonical text of an amount, <c>CCC amount</c>, such as <c>EUR 15000000.00</c>.</summary>
    /// <remarks>The code is in upper case, as <see cref="ToString()"/> writes it: this text is a document form, and
    /// canonical (<see cref="CurrencyCode.Parse(string)"/> reads any case). The amount is a plain invariant decimal number: an optional <c>-</c>, digits without leading zeros, an
    /// optional <c>.</c> and decimals. No <c>+</c>, exponent, thousands separator or extra space is accepted, and a
    /// number that <see cref="decimal"/> could only hold rounded is refused rather than rounded. The scale is kept.</remarks>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not in canonical form; the message quotes it and says
    /// what is wrong.</exception>
    public static Money Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static Money Parse(ReadOnlySpan<char> s)
    {
        var error = TryParseCore(s, out var result);
        return error is null ? result : throw new FormatException($"'{s}' is not an amount of money in the canonical form 'CCC amount' (such as 'EUR 15000000.00'): {error}{(error.EndsWith('.') || error.EndsWith('?') ? "" : ".")}");
    }

    /// <summary>Tries to parse the canonical text of an amount, <c>CCC amount</c>; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The amount, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is in canonical form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse the canonical text of an amount, <c>CCC amount</c>; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is in canonical form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Money result) => TryParseCore(s, out result) is null;

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Money)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    static bool IParsable<Money>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    static Money ISpanParsable<Money>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Money)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    static bool ISpanParsable<Money>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    // Returns null on success, otherwise why the text is refused.
    private static string? TryParseCore(ReadOnlySpan<char> s, out Money result)
    {
        result = default;
        if (s.Length < 5 || s[3] != ' ')
        {
            return "expected a three-letter currency code, one space and an amount";
        }
        // Money's text is a document form, canonical: the code in upper case (docs/design-decisions.md, issue 19).
        var index = Iso4217Table.FindCanonical(s[..3]);
        if (index == 0)
        {
            return ThrowHelper.DescribeNonCanonicalCurrencyCode(s[..3]);
        }
        var currency = new CurrencyCode(index);
        var error = DecimalText.TryParseExact(s[4..], out var amount);
        if (error != DecimalTextError.None)
        {
            return DecimalText.Describe(error);
        }
        result = new Money(amount, currency, trusted: true);
        return null;
    }
}
