using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace MigDev.Core.Internal;

/// <summary>Guards the IATI code needs and GuardClauses lacks.</summary>
internal static class IatiGuards
{
    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is not one of
    /// <paramref name="allowed"/>: a code outside its codelist, or a value a mapping has no code for.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value.</param>
    /// <param name="allowed">The values allowed.</param>
    /// <param name="message">The message, naming the value and the rule.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="input"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is not allowed; the exception's
    /// <see cref="ArgumentOutOfRangeException.ActualValue"/> is it.</exception>
    internal static T NotIn<T>(this IGuardClause guardClause, T input, IEnumerable<T> allowed, string message, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (!allowed.Contains(input))
        {
            throw new ArgumentOutOfRangeException(parameterName, input, message);
        }
        return input;
    }
}
