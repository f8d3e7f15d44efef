using System.Runtime.CompilerServices;

namespace MigDev.Core.Internal;

/// <summary>The fields of a <see cref="decimal"/>, read in place: its flags (the scale in bits 16 to 23, the sign in bit
/// 31), then the high 32 bits of its 96-bit mantissa, then the low 64. That is <c>decimal</c>'s layout since .NET Core 3.0
/// (<c>_flags</c>, <c>_hi32</c>, <c>_lo64</c>); <c>Money</c> keeps its currency in the flags' unused low bits.
/// DecimalRangeTest and DecimalTextTest check what is built on these against <c>decimal</c>'s own operators and text.</summary>
internal static class DecimalBits
{
    /// <summary>The flags word.</summary>
    public static uint Flags(ref readonly decimal value) => Unsafe.As<decimal, uint>(ref Unsafe.AsRef(in value));

    /// <summary>The high 32 bits of the mantissa.</summary>
    public static uint High32(ref readonly decimal value) => Unsafe.Add(ref Unsafe.As<decimal, uint>(ref Unsafe.AsRef(in value)), 1);

    /// <summary>The low 64 bits of the mantissa.</summary>
    public static ulong Low64(ref readonly decimal value) =>
        Unsafe.As<uint, ulong>(ref Unsafe.Add(ref Unsafe.As<decimal, uint>(ref Unsafe.AsRef(in value)), 2));

    /// <summary>The scale: the number of decimal places, 0 to 28.</summary>
    public static int Scale(ref readonly decimal value) => (int)((Flags(in value) >> 16) & 0xFF);
}
