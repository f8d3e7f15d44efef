using System.Text.Json;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="ProgrammeId"/> as <c>"jmdi"</c>.</summary>
internal sealed class ProgrammeIdJsonConverter : StringValueJsonConverter<ProgrammeId>
{
    protected override string Expected => "a programme id: lower-case letters and digits in words joined by single hyphens, such as \"jmdi\"";

    protected override bool IsCode => true;

    protected override string? Meant(string text) => Internal.KebabId.From(text, string.Empty) is { Length: > 0 } id ? id : null;

    protected override bool TryParse(string text, out ProgrammeId value) => ProgrammeId.TryParse(text, out value);

    protected override string Format(ProgrammeId value) => value.Value;
}
