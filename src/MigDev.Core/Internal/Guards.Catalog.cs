using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace MigDev.Core.Internal;

/// <summary>
/// Guards GuardClauses lacks, for reading catalog documents and registering them: a size limit that keeps the refused
/// value as <see cref="ArgumentOutOfRangeException.ActualValue"/> (GuardClauses' <c>OutOfRange</c> leaves it unset), a
/// path that must name an existing file, and two options of which only one may be set.
/// </summary>
internal static class CatalogGuards
{
    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/>, with the value as its
    /// <see cref="ArgumentOutOfRangeException.ActualValue"/>, unless 1 ≤ <paramref name="input"/> ≤
    /// <paramref name="rangeTo"/>.</summary>
    /// <returns><paramref name="input"/>.</returns>
    internal static long DocumentSizeOutOfRange(this IGuardClause guardClause, long input, long rangeTo, string message,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        return input < 1 || input > rangeTo ? throw new ArgumentOutOfRangeException(parameterName, input, message) : input;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> when <paramref name="input"/> is empty, white space, or names
    /// no existing file.</summary>
    /// <returns><paramref name="input"/>.</returns>
    internal static string MissingFile(this IGuardClause guardClause, string input, string message,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        return string.IsNullOrWhiteSpace(input) || !File.Exists(input) ? throw new ArgumentException(message, parameterName) : input;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="input"/> when it and
    /// <paramref name="other"/> are both set (not <see langword="null"/>): they are alternatives.</summary>
    internal static void BothSet(this IGuardClause guardClause, object? input, object? other, string message,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input is not null && other is not null)
        {
            throw new ArgumentException(message, parameterName);
        }
    }
}
