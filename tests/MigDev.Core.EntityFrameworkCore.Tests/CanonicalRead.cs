using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>What a converter's read must do with a text, given whether the text is canonical (decided by the test, from
/// the type's own <c>Parse</c> and <c>ToString</c>): read the value, or refuse the text naming it.</summary>
internal static class CanonicalRead
{
    /// <summary>A random text: read as <paramref name="expected"/> when canonical, refused with the text as its value otherwise.</summary>
    public static void Check(ValueConverter converter, string text, bool canonical, object? expected)
    {
        if (canonical)
        {
            Assert.Equal(expected, converter.ConvertFromProvider(text));
            return;
        }
        Assert.Equal(text, Assert.Throws<MigDevDatabaseValueException>(() => converter.ConvertFromProvider(text)).Value);
    }

    /// <summary>A known text: read back to itself when canonical, refused as not canonical otherwise.</summary>
    public static void CheckKnown(ValueConverter converter, string text, bool canonical)
    {
        if (canonical)
        {
            Assert.Equal(text, converter.ConvertFromProvider(text)?.ToString());
            return;
        }
        var error = Assert.Throws<MigDevDatabaseValueException>(() => converter.ConvertFromProvider(text));
        Assert.Contains("is not in canonical form", error.Message, StringComparison.Ordinal);
    }
}
