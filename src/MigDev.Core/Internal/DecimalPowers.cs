namespace MigDev.Core.Internal;

/// <summary>Exact powers of ten as <see cref="decimal"/>, without going through <see cref="Math.Pow(double, double)"/>.</summary>
internal static class DecimalPowers
{
    private static readonly decimal[] Negative =
    [
        1m, 0.1m, 0.01m, 0.001m, 0.0001m, 0.00001m, 0.000001m, 0.0000001m, 0.00000001m,
    ];

    /// <summary>Returns 10^-exponent for exponent 0..8.</summary>
    public static decimal NegativePowerOfTen(int exponent) => Negative[exponent];
}
