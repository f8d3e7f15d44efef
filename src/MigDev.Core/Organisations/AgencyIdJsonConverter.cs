using System.Text.Json;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>Reads and writes an <see cref="AgencyId"/> as <c>"un-desa"</c>.</summary>
public sealed class AgencyIdJsonConverter : StringValueJsonConverter<AgencyId>
{
    private protected override string Expected => "an agency id: lower-case letters and digits in words joined by single hyphens, such as \"un-desa\"";

    private protected override bool IsCode => true;

    private protected override string? Meant(string text) => Internal.KebabId.From(text, string.Empty) is { Length: > 0 } id ? id : null;

    private protected override bool TryParse(string text, out AgencyId value) => AgencyId.TryParse(text, out value);

    private protected override string Format(AgencyId value) => value.Value;
}
