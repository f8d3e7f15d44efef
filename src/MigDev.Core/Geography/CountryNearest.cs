using System.Collections.Immutable;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>What a failed lookup of a country says (issue 19): the code meant when the text has white space around it or
/// is an alpha-3 code where an alpha-2 one is asked, otherwise the nearest countries (<see cref="NearestMatches"/>).
/// Used only once a lookup has failed.</summary>
internal static class CountryNearest
{
    // Built on the first failed lookup, kept: the keys of every country in the forms compared.
    private static readonly Lazy<NearestMatches.Index<Country>> Countries =
        new(() => new(Country.GetAll(includeUnofficial: true), Keys, c => c.ToString()));

    /// <summary>The countries nearest to a text, by their codes, short and formal names and alternative names.</summary>
    internal static ImmutableArray<string> Find(string text) => Countries.Value.Find(text);

    /// <summary>The keys a country is looked up by: its alpha-2 and alpha-3 codes, its English names and aliases.</summary>
    internal static IEnumerable<string?> Keys(Country country) =>
        [country.Code.Code, country.Alpha3, country.ShortName, country.FormalName, .. country.AlternativeNames];

    /// <summary>The exception of <see cref="Country.Get(string)"/> for a code it does not know.</summary>
    internal static ReferenceNotFoundException CodeNotFound(string code)
    {
        var trimmed = code.Trim();
        return trimmed.Length != code.Length && Country.TryGet(trimmed, out var country)
            ? ReferenceNotFoundException.Spaced("country code", code, AsciiCase.Upper(trimmed), country.ToString())
            : new ReferenceNotFoundException("country code", code, [], Find(code));
    }

    /// <summary>The message of <see cref="CountryCode.Parse(string)"/> for a text that is not an alpha-2 code.</summary>
    internal static string DescribeBadCode(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length != text.Length && CountryCode.TryParse(trimmed, out var code))
        {
            return $"'{text}' is not a country code: a code has no white space around it; did you mean '{code}'?";
        }
        if (trimmed.Length == 3 && Country.TryGet(trimmed, out var country))
        {
            return $"'{text}' is not a country code: a CountryCode is an ISO 3166-1 alpha-2 code, and '{text}' is the alpha-3 code of {country.ShortName}, whose alpha-2 code is '{country.Code}' (Country.Get reads both).";
        }
        const string Expected = "expected an ISO 3166-1 alpha-2 code of the UN M49 table (two letters, such as 'MD'), or XK";
        var nearest = Find(text);
        return nearest.IsEmpty
            ? $"'{text}' is not a country code: {Expected}."
            : $"'{text}' is not a country code: {Expected}. Nearest: {string.Join("; ", nearest)}.";
    }
}
