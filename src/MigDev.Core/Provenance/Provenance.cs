using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections.Immutable;

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

    /// <summary>Checks texts given as an immutable array (an init property), refusing a <see langword="null"/>, empty or
    /// white-space entry with its index and owner; <c>default</c> gives an empty array.</summary>
    internal static ImmutableArray<string> Texts(ImmutableArray<string> texts, string owner, string paramName) =>
        NonEmpty(Items(texts, owner, paramName), owner, paramName);

    /// <summary>Copies texts, refusing a <see langword="null"/>, empty or white-space entry with its index and owner.</summary>
    internal static ImmutableArray<string> Texts(IEnumerable<string>? texts, string owner, string paramName) =>
        NonEmpty(Items(texts, owner, paramName), owner, paramName);

    private static ImmutableArray<string> NonEmpty(ImmutableArray<string> array, string owner, string paramName)
    {
        for (var i = 0; i < array.Length; i++)
        {
            Guard.Against.Invalid(string.IsNullOrWhiteSpace(array[i]), $"{owner}: {paramName}[{i}] is empty.", paramName);
        }
        return array;
    }

    /// <summary>An optional text (a note, a display name), or <see langword="null"/> for none (empty or white space
    /// counts as none).</summary>
    internal static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
