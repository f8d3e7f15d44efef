using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace MigDev.Core.Internal;

/// <summary>
/// The library's own guard clauses, as GuardClauses' authors intend them to be added: extension methods on
/// <see cref="IGuardClause"/>, called as <c>Guard.Against.DefaultValue(currency)</c>. Each case has one message, written
/// here once; the parameter name comes from the caller's expression. Every guard returns the value it checked.
/// </summary>
/// <remarks>Every check is a small method the JIT inlines; every throw is in a cold helper (<see cref="GuardThrows"/>), so
/// that a guard on a hot path (a conversion builds a <see cref="Money"/>) costs a compare and a branch, measured in
/// docs/benchmarks.md.</remarks>
internal static class Guards
{
    /// <summary>Refuses <c>default</c> of one of the library's value types (which is not a value: docs/design-decisions.md).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>; the message names the type and the parameter.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T DefaultValue<T>(this IGuardClause guardClause, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, IEquatable<T>
    {
        _ = guardClause;
        if (value.Equals(default))
        {
            GuardThrows.Default<T>(parameterName);
        }
        return value;
    }

    /// <summary>Refuses <c>default</c> of one of the library's value types where a <see langword="null"/> (absent) is allowed.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds <c>default</c>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? DefaultValue<T>(this IGuardClause guardClause, T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, IEquatable<T>
    {
        if (value is { } present)
        {
            guardClause.DefaultValue(present, parameterName);
        }
        return value;
    }

    /// <summary>Refuses a <see langword="null"/> element of a list argument, naming its index.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is <see langword="null"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NullElement<T>(this IGuardClause guardClause, T? element, int index, string parameterName)
        where T : class
    {
        _ = guardClause;
        if (element is null)
        {
            GuardThrows.NullElement(parameterName, index);
        }
        return element;
    }

    /// <summary>Refuses a value outside the members an enum declares (a cast integer).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member; the message gives its number.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TEnum UndefinedEnum<TEnum>(this IGuardClause guardClause, TEnum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        _ = guardClause;
        if (!Enum.IsDefined(value))
        {
            GuardThrows.UndefinedEnum(value, parameterName);
        }
        return value;
    }

    /// <summary>Refuses a number outside an inclusive range, giving the range and the value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below <paramref name="min"/> or above <paramref name="max"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OutOfRange(this IGuardClause guardClause, int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (value < min || value > max)
        {
            GuardThrows.OutOfRange(value, min, max, parameterName);
        }
        return value;
    }

    /// <summary>Refuses an argument of the wrong type to <c>IComparable.CompareTo(object)</c>, and returns it typed.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a <typeparamref name="T"/>; the message names both types.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T WrongType<T>(this IGuardClause guardClause, object value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        return value is T typed ? typed : throw new ArgumentException($"Object must be of type {typeof(T).Name}, was {value.GetType()}.", parameterName);
    }

    /// <summary>Refuses a <see langword="null"/>, empty or white-space text with the caller's message naming it, as
    /// GuardClauses' <c>NullOrWhiteSpace</c> does, but formatting the message only when the text is refused.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Blank(this IGuardClause guardClause, [NotNull] string? value, [InterpolatedStringHandlerArgument(nameof(value))] ref GuardMessage message, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (string.IsNullOrWhiteSpace(value))
        {
            GuardThrows.Blank(value, message.ToStringAndClear(), parameterName);
        }
        return value;
    }

    /// <summary>Refuses a condition that the caller states, with the caller's message naming the offending value (the
    /// rules no general guard expresses: "the end is before the start"). The message is formatted only when the
    /// condition holds: a guard on a hot path allocates nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="condition"/> is <see langword="true"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Invalid(this IGuardClause guardClause, bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref GuardMessage message, string parameterName)
    {
        _ = guardClause;
        if (condition)
        {
            GuardThrows.Invalid(message.ToStringAndClear(), parameterName);
        }
    }

    /// <summary>Refuses a condition that the caller states, with a fixed message.</summary>
    /// <exception cref="ArgumentException"><paramref name="condition"/> is <see langword="true"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Invalid(this IGuardClause guardClause, bool condition, string message, string parameterName)
    {
        _ = guardClause;
        if (condition)
        {
            GuardThrows.Invalid(message, parameterName);
        }
    }

    /// <summary>Refuses a number the caller's rule rejects, with the caller's message naming it (the ranges no bounds
    /// express: "a share is a fraction from 0 to 1"). The message is formatted only when the condition holds.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is <see langword="true"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void InvalidNumber<T>(this IGuardClause guardClause, bool condition, T value, [InterpolatedStringHandlerArgument(nameof(condition))] ref GuardMessage message, string parameterName)
    {
        _ = guardClause;
        if (condition)
        {
            GuardThrows.InvalidNumber(value, message.ToStringAndClear(), parameterName);
        }
    }
}

/// <summary>The throws of <see cref="Guards"/>, out of line: the one message of each case is written here.</summary>
internal static class GuardThrows
{
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Default<T>(string? parameterName) =>
        throw new ArgumentException($"{parameterName} is default({typeof(T).Name}), which is not a {typeof(T).Name}: obtain one from its constructor, Parse or TryParse.", parameterName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void NullElement(string parameterName, int index) =>
        throw new ArgumentNullException(parameterName, $"{parameterName}[{index}] is null.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void UndefinedEnum<TEnum>(TEnum value, string? parameterName)
        where TEnum : struct, Enum =>
        throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a defined {typeof(TEnum).Name}, was {Convert.ToInt64(value, CultureInfo.InvariantCulture)}.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void OutOfRange(int value, int min, int max, string? parameterName) =>
        throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be between {min} and {max}, was {value}.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Blank(string? value, string message, string? parameterName) =>
        throw (value is null ? new ArgumentNullException(parameterName, message) : new ArgumentException(message, parameterName));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Invalid(string message, string parameterName) => throw new ArgumentException(message, parameterName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void InvalidNumber<T>(T value, string message, string parameterName) =>
        throw new ArgumentOutOfRangeException(parameterName, value, message);
}

/// <summary>The message of a guard, formatted (in the invariant culture) only when the guard fails, as
/// <c>Debug.Assert</c>'s handler does.</summary>
[InterpolatedStringHandler]
internal ref struct GuardMessage
{
    private DefaultInterpolatedStringHandler _text;

    public GuardMessage(int literalLength, int formattedCount, string? text, out bool shouldAppend)
        : this(literalLength, formattedCount, string.IsNullOrWhiteSpace(text), out shouldAppend)
    {
    }

    public GuardMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        _text = condition ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        shouldAppend = condition;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
