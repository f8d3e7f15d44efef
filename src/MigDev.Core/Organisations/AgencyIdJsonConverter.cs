using System.Text.Json;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>Reads and writes an <see cref="AgencyId"/> as <c>"un-desa"</c>.</summary>
internal sealed class AgencyIdJsonConverter : StringValueJsonConverter<AgencyId>
{
    protected override string Expected => "an agency id: lower-case letters and digits in words joined by single hyphens, such as \"un-desa\"";

    protected override bool IsCode => true;

    protected override string? Meant(string text) => Internal.KebabId.From(text, string.Empty) is { Length: > 0 } id ? id : null;

    protected override bool TryParse(string text, out AgencyId value) => AgencyId.TryParse(text, out value);

    protected override string Format(AgencyId value) => value.Value;
}
