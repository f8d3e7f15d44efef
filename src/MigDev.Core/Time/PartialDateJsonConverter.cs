using System.Text.Json;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="PartialDate"/> as <c>"2008"</c>, <c>"2012-12"</c> or <c>"2007-03-07"</c>.</summary>
public sealed class PartialDateJsonConverter : StringValueJsonConverter<PartialDate>
{
    private protected override string Expected => "a partial date: yyyy, yyyy-MM or yyyy-MM-dd, such as \"2008\", \"2012-12\" or \"2007-03-07\"";

    private protected override bool TryParse(string text, out PartialDate value) => PartialDate.TryParse(text, out value);

    private protected override string Format(PartialDate value) =>
        value.IsDefault ? throw new InvalidOperationException("default(PartialDate) is not a date.") : value.ToString();
}
