using System.Text.Json;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="CountryCode"/> as <c>"MD"</c>; a document is canonical, so <c>"md"</c> is
/// refused (naming <c>MD</c>).</summary>
public sealed class CountryCodeJsonConverter : StringValueJsonConverter<CountryCode>
{
    private protected override string Expected => "a country code as a document writes it: an ISO 3166-1 alpha-2 code of the UN M49 table in upper case, such as \"MD\", or XK";

    private protected override bool IsCode => true;

    private protected override bool TryParse(string text, out CountryCode value) => CountryCode.TryParse(text, out value);

    private protected override string Format(CountryCode value) => value.Code;
}
