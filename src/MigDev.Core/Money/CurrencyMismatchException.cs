namespace MigDev.Core;

/// <summary>
/// The exception thrown when two amounts in different currencies are combined or compared, such as
/// <c>EUR 5.00 + USD 5.00</c>: the library never converts on its own.
/// </summary>
/// <remarks>Convert one amount first, at a dated rate (<c>CurrencyConverter.Convert</c>; docs/exchange-rates.md), or keep a
/// multi-currency total in a <see cref="MoneyBag"/>.</remarks>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public CurrencyMismatchException()
        : base("Amounts in different currencies cannot be combined or compared.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for the two currencies that met, with a message naming both.</summary>
    /// <param name="expected">The currency of the left-hand operand (or of the total).</param>
    /// <param name="actual">The currency that did not match it.</param>
    public CurrencyMismatchException(CurrencyCode expected, CurrencyCode actual)
        : base($"Currency mismatch: expected {expected}, got {actual}. Amounts in different currencies cannot be combined or compared without an explicit conversion.")
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Gets the currency of the left-hand operand, or <c>default</c> if the exception was created without one.</summary>
    public CurrencyCode Expected { get; }

    /// <summary>Gets the currency that did not match <see cref="Expected"/>, or <c>default</c> if the exception was created
    /// without one.</summary>
    public CurrencyCode Actual { get; }
}
