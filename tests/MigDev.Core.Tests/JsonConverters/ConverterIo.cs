using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core.Tests;

/// <summary>Runs a converter by hand, as a caller's own options or source-generated context does: one value written to
/// compact JSON, one JSON text read back, also as a property name.</summary>
internal static class ConverterIo
{
    public static string Write<T>(JsonConverter<T> converter, T value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, MigDevJson.Options);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static T Read<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), MigDevJson.Options)!;
    }

    public static string WriteKey<T>(JsonConverter<T> converter, T value)
        where T : struct
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            converter.WriteAsPropertyName(writer, value, MigDevJson.Options);
            writer.WriteNumberValue(1);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static T ReadKey<T>(JsonConverter<T> converter, string json)
        where T : struct
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        return converter.ReadAsPropertyName(ref reader, typeof(T), MigDevJson.Options);
    }

    /// <summary>The message of the <see cref="JsonException"/> that reading the text throws.</summary>
    public static string Refusal<T>(JsonConverter<T> converter, string json)
    {
        try
        {
            Read(converter, json);
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
        throw new Xunit.Sdk.XunitException($"{json} was read by {converter.GetType().Name}.");
    }
}
