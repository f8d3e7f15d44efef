using System.Text.Json;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="PartialDate"/> as <c>"2008"</c>, <c>"2012-12"</c> or <c>"2007-03-07"</c>.</summary>
internal sealed class PartialDateJsonConverter : StringValueJsonConverter<PartialDate>
{
    protected override string Expected => "a partial date: yyyy, yyyy-MM or yyyy-MM-dd, such as \"2008\", \"2012-12\" or \"2007-03-07\"";

    protected override bool TryParse(string text, out PartialDate value) => PartialDate.TryParse(text, out value);

    protected override string Format(PartialDate value) =>
        value.IsDefault ? throw new InvalidOperationException("default(PartialDate) is not a date.") : value.ToString();
}
