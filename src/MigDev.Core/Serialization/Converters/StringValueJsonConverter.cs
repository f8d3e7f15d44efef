using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigDev.Core.Serialization.Converters;

/// <summary>
/// The shared shape of the converters of values written as one JSON string (codes, ids, partial dates): strict on
/// read (a string that parses, also as a dictionary key; anything else is a <see cref="JsonException"/> quoting the
/// value and saying what was expected), canonical text on write.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    public override bool HandleNull => true;

    /// <summary>Gets what the JSON string must hold, for messages: "a country code such as \"MD\"".</summary>
    protected abstract string Expected { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string holding {Expected}, found {JsonText.Describe(ref reader)}.");
        }
        return ReadText(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadText(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Parses the text; never throws.</summary>
    protected abstract bool TryParse(string text, out T value);

    /// <summary>Returns the canonical text; throws <see cref="InvalidOperationException"/> for a default value.</summary>
    protected abstract string Format(T value);

    private T ReadText(ref Utf8JsonReader reader)
    {
        var text = reader.GetString() ?? string.Empty;
        return TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not {Expected}.");
    }
}

/// <summary>Reads and writes a <see cref="CountryCode"/> as <c>"MD"</c>.</summary>
internal sealed class CountryCodeJsonConverter : StringValueJsonConverter<CountryCode>
{
    protected override string Expected => "a country code: an ISO 3166-1 alpha-2 code of the UN M49 table such as \"MD\", or XK";

    protected override bool TryParse(string text, out CountryCode value) => CountryCode.TryParse(text, out value);

    protected override string Format(CountryCode value) => value.Code;
}

/// <summary>Reads and writes an <see cref="AgencyId"/> as <c>"un-desa"</c>.</summary>
internal sealed class AgencyIdJsonConverter : StringValueJsonConverter<AgencyId>
{
    protected override string Expected => "an agency id: lower-case letters and digits in words joined by single hyphens, such as \"un-desa\"";

    protected override bool TryParse(string text, out AgencyId value) => AgencyId.TryParse(text, out value);

    protected override string Format(AgencyId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="PartialDate"/> as <c>"2008"</c>, <c>"2012-12"</c> or <c>"2007-03-07"</c>.</summary>
internal sealed class PartialDateJsonConverter : StringValueJsonConverter<PartialDate>
{
    protected override string Expected => "a partial date: yyyy, yyyy-MM or yyyy-MM-dd, such as \"2008\", \"2012-12\" or \"2007-03-07\"";

    protected override bool TryParse(string text, out PartialDate value) => PartialDate.TryParse(text, out value);

    protected override string Format(PartialDate value) =>
        value.IsDefault ? throw new InvalidOperationException("default(PartialDate) is not a date.") : value.ToString();
}

/// <summary>Reads and writes a <see cref="ProgrammeId"/> as <c>"jmdi"</c>.</summary>
internal sealed class ProgrammeIdJsonConverter : StringValueJsonConverter<ProgrammeId>
{
    protected override string Expected => "a programme id: lower-case letters and digits in words joined by single hyphens, such as \"jmdi\"";

    protected override bool TryParse(string text, out ProgrammeId value) => ProgrammeId.TryParse(text, out value);

    protected override string Format(ProgrammeId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="Share"/> as <c>"1/3"</c> (a percentage such as <c>"50%"</c> is read, and
/// written back as a fraction, its canonical form).</summary>
internal sealed class ShareJsonConverter : StringValueJsonConverter<Share>
{
    protected override string Expected => "a share: a fraction such as \"1/3\" or a percentage such as \"50%\", above 0 and at most 1";

    protected override bool TryParse(string text, out Share value) => Share.TryParse(text, out value);

    protected override string Format(Share value) =>
        value.IsDefault ? throw new InvalidOperationException("default(Share) is not a share.") : value.ToString();
}
