using System.Text.Json;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="ProgrammeId"/> as <c>"jmdi"</c>.</summary>
public sealed class ProgrammeIdJsonConverter : StringValueJsonConverter<ProgrammeId>
{
    private protected override string Expected => "a programme id: lower-case letters and digits in words joined by single hyphens, such as \"jmdi\"";

    private protected override bool IsCode => true;

    private protected override string? Meant(string text) => Internal.KebabId.From(text, string.Empty) is { Length: > 0 } id ? id : null;

    private protected override bool TryParse(string text, out ProgrammeId value) => ProgrammeId.TryParse(text, out value);

    private protected override string Format(ProgrammeId value) => value.Value;
}
