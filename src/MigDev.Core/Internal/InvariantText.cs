using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core.Internal;

/// <summary>Formatting shared by the values whose text has one invariant form (codes, ids, partial dates).</summary>
internal static class InvariantText
{
    /// <summary>Throws <see cref="FormatException"/> unless the format is empty or "G".</summary>
    internal static void CheckGeneralFormat(ReadOnlySpan<char> format, string typeName)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            ThrowBadFormatString(format, typeName);
        }
    }

    /// <summary>Copies the text into the destination when it fits.</summary>
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        var ok = text.TryCopyTo(destination);
        charsWritten = ok ? text.Length : 0;
        return ok;
    }

    [DoesNotReturn]
    internal static void ThrowBadFormatString(ReadOnlySpan<char> format, string typeName) =>
        throw new FormatException($"The format string '{format}' is not supported by {typeName}.");
}
