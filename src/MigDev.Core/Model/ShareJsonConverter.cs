using System.Text.Json;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="Share"/> as <c>"1/3"</c> (a percentage such as <c>"50%"</c> is read, and
/// written back as a fraction, its canonical form).</summary>
public sealed class ShareJsonConverter : StringValueJsonConverter<Share>
{
    private protected override string Expected => "a share: a fraction such as \"1/3\" or a percentage such as \"50%\", above 0 and at most 1";

    private protected override bool TryParse(string text, out Share value) => Share.TryParse(text, out value);

    private protected override string Format(Share value) =>
        value.IsDefault ? throw new InvalidOperationException("default(Share) is not a share.") : value.ToString();
}
