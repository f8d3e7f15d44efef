using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace MigDev.Core;

/// <summary>The lists, citations and notes records carry, checked the same way everywhere.</summary>
internal static class Provenance
{
    /// <summary>Copies citations, refusing a <see langword="null"/> entry with its index and owner.</summary>
    internal static ImmutableArray<Citation> Citations(IEnumerable<Citation>? citations, string owner, string paramName) =>
        Items(citations, owner, paramName);

    /// <summary>Copies a list, refusing a <see langword="null"/> entry with its index and owner.</summary>
    internal static ImmutableArray<T> Items<T>(IEnumerable<T>? items, string owner, string paramName)
        where T : class
    {
        if (items is null)
        {
            return [];
        }
        var array = items.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            Guard.Against.Invalid(array[i] is null, $"{owner}: {paramName}[{i}] is null.", paramName);
        }
        return array;
    }

    /// <summary>Checks citations given as an immutable array (an init property), refusing a <see langword="null"/> entry;
    /// <c>default</c> gives an empty array.</summary>
    internal static ImmutableArray<Citation> Citations(ImmutableArray<Citation> citations, string owner, string paramName) =>
        Items(citations, owner, paramName);

    /// <summary>Checks a list given as an immutable array (an init property), refusing a <see langword="null"/> entry
    /// with its index and owner; <c>default</c> gives an empty array.</summary>
    internal static ImmutableArray<T> Items<T>(ImmutableArray<T> items, string owner, string paramName)
        where T : class
    {
        if (items.IsDefault)
        {
            return [];
        }
        for (var i = 0; i < items.Length; i++)
        {
            Guard.Against.Invalid(items[i] is null, $"{owner}: {paramName}[{i}] is null.", paramName);
        }
        return items;
    }

    /// <summary>Checks texts given as an immutable array (an init property): each is a text (see <see cref="Text"/>),
    /// not <see langword="null"/>, and there once; a refusal names the owner, the index and the value.
    /// <c>default</c> gives an empty array.</summary>
    internal static ImmutableArray<string> Texts(ImmutableArray<string> texts, string owner, string paramName) =>
        Once(NonBlank(Items(texts, owner, paramName), owner, paramName), StringComparer.Ordinal, owner, paramName);

    /// <summary>Copies texts: each is a text (see <see cref="Text"/>), not <see langword="null"/>, and there once.</summary>
    internal static ImmutableArray<string> Texts(IEnumerable<string>? texts, string owner, string paramName) =>
        Once(NonBlank(Items(texts, owner, paramName), owner, paramName), StringComparer.Ordinal, owner, paramName);

    /// <summary>Refuses a list that holds a value twice (compared by <paramref name="comparer"/>): a list of texts or ids is
    /// a set written in an order, and a repeat is refused, never dropped (docs/json-format.md, "Strict reading").</summary>
    internal static ImmutableArray<T> Once<T>(ImmutableArray<T> items, IEqualityComparer<T> comparer, string owner, string paramName)
        where T : notnull
    {
        var repeat = FirstRepeat(items.AsSpan(), comparer);
        Guard.Against.Invalid(repeat is not null, $"{owner}: {Repeated(paramName, repeat.GetValueOrDefault(), $"{items[repeat.GetValueOrDefault().Again]}")}", paramName);
        return items;
    }

    /// <summary>The first value that a list holds twice: the index of its first place and of its repeat, or
    /// <see langword="null"/>. A null element is no value to repeat (the caller refuses it on its own).</summary>
    internal static (int First, int Again)? FirstRepeat<T>(ReadOnlySpan<T> items, IEqualityComparer<T> comparer)
        where T : notnull
    {
        // The lists of a record are short (a few aliases, a few objectives): compared pairwise, with no allocation.
        if (items.Length <= 16)
        {
            for (var i = 1; i < items.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (items[i] is not null && items[j] is not null && comparer.Equals(items[i], items[j]))
                    {
                        return (j, i);
                    }
                }
            }
            return null;
        }
        var seen = new Dictionary<T, int>(items.Length, comparer);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } item && !seen.TryAdd(item, i))
            {
                return (seen[item], i);
            }
        }
        return null;
    }

    /// <summary>What a repeat in a list is called, in the model's and the document's messages alike.</summary>
    internal static string Repeated(string paramName, (int First, int Again) at, string value) =>
        $"{paramName}[{at.Again}] repeats {paramName}[{at.First}], '{Shown(value)}': a list holds each value once.";

    private static ImmutableArray<string> NonBlank(ImmutableArray<string> array, string owner, string paramName)
    {
        for (var i = 0; i < array.Length; i++)
        {
            Element(array[i], owner, paramName, i);
        }
        return array;
    }

    /// <summary>Checks a text the record requires or holds (a name, a title, a quote, a note): at least one character
    /// that is not white space (<see cref="char.IsWhiteSpace(char)"/>), and no unpaired surrogate, which is not Unicode
    /// text (UTF-8 and JSON cannot hold one: a writer puts U+FFFD in its place, and the document would not read back
    /// equal). Otherwise the text is kept as written, spaces around it included. The owner (<c>$"Agency '{id}'"</c>) is
    /// formatted only when the text is refused.</summary>
    /// <exception cref="ArgumentException">The text is empty, white space only, or holds an unpaired surrogate; the
    /// message names the owner, the field and the text.</exception>
    internal static string Text(string text, [InterpolatedStringHandlerArgument(nameof(text))] ref TextOwner owner, string paramName)
    {
        if (owner.Refused)
        {
            Refuse(text, owner.ToStringAndClear(), paramName, paramName, optional: false);
        }
        return text;
    }

    /// <summary>An optional text (a note, a display name, an acronym...): <see langword="null"/> for none, or a text
    /// (see <see cref="Text"/>). An empty or white-space text is refused, not read as none: absent is how a record says
    /// "none", and a text that vanished would be a silent change (docs/json-format.md, "Strict reading").</summary>
    /// <exception cref="ArgumentException">The text is empty, white space only, or holds an unpaired surrogate.</exception>
    internal static string? Optional(string? text, [InterpolatedStringHandlerArgument(nameof(text))] ref TextOwner owner, string paramName)
    {
        if (owner.Refused)
        {
            Refuse(text!, owner.ToStringAndClear(), paramName, paramName, optional: true);
        }
        return text;
    }

    /// <summary>Whether a text is one (see <see cref="Text"/>): a character that is not white space, no unpaired
    /// surrogate.</summary>
    internal static bool IsText(string text) => !string.IsNullOrWhiteSpace(text) && UnpairedSurrogate(text) < 0;

    // A text of a list, named with its index (aliases[2]); the owner is already a string there.
    private static void Element(string text, string owner, string paramName, int index)
    {
        if (!IsText(text))
        {
            Refuse(text, owner, $"{paramName}[{index}]", paramName, optional: false);
        }
    }

    [DoesNotReturn]
    private static void Refuse(string text, string owner, string field, string paramName, bool optional)
    {
        var at = UnpairedSurrogate(text);
        GuardThrows.Invalid(
            at >= 0
                ? $"{owner}: {field} holds {UnpairedSurrogateAt(text, at)}."
                : $"{owner}: {field} is empty or only white space ('{Shown(text)}'){(optional ? "; leave it null when there is none" : "")}.",
            paramName);
    }

    /// <summary>The index of the first unpaired surrogate of a text, or -1.</summary>
    internal static int UnpairedSurrogate(ReadOnlySpan<char> text)
    {
        // Most texts hold no surrogate at all: one vectorized search says so.
        var first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Says where a text holds an unpaired surrogate: "an unpaired surrogate (U+D800 at index 3), which is not
    /// Unicode text".</summary>
    internal static string UnpairedSurrogateAt(ReadOnlySpan<char> text, int at) =>
        $"an unpaired surrogate (U+{(int)text[at]:X4} at index {at}), which is not Unicode text: UTF-8 and JSON cannot hold it";

    /// <summary>A text as a message shows it: white space other than a plain space, control characters and surrogates
    /// as <c>\uXXXX</c>, cut after 64 characters.</summary>
    internal static string Shown(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Length <= 64 ? text : text[..64])
        {
            if (c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }
        return text.Length <= 64 ? sb.ToString() : sb.Append('…').ToString();
    }
}

/// <summary>The owner of a text in a refusal (<c>$"Agency '{id}'"</c>), formatted only when the text is refused, as
/// <see cref="GuardMessage"/> formats a guard's message only when it fails: checking a text allocates nothing.</summary>
[InterpolatedStringHandler]
internal ref struct TextOwner
{
    private DefaultInterpolatedStringHandler _text;

    public TextOwner(int literalLength, int formattedCount, string? text, out bool shouldAppend)
    {
        shouldAppend = Refused = text is not null && !Provenance.IsText(text);
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Gets whether the text is refused (checked once, here).</summary>
    public bool Refused { get; }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
