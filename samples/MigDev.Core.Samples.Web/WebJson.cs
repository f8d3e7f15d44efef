using System.Text.Json;
using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core.Samples.Web;

/// <summary>The API's JSON: the library's own (<see cref="MigDevJson.Options"/>: camelCase, nulls and empty lists
/// left out, non-ASCII written as itself, strict reading) with the sample's answers source-generated beside it.</summary>
internal static class WebJson
{
    /// <summary>Makes the HTTP options the library's: its settings, its resolver first (so a programme or an agency
    /// is written as in a catalog document), then the sample's context.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        var library = MigDevJson.Options;
        options.PropertyNamingPolicy = library.PropertyNamingPolicy;
        options.DefaultIgnoreCondition = library.DefaultIgnoreCondition;
        options.UnmappedMemberHandling = library.UnmappedMemberHandling;
        options.RespectNullableAnnotations = library.RespectNullableAnnotations;
        options.RespectRequiredConstructorParameters = library.RespectRequiredConstructorParameters;
        options.AllowDuplicateProperties = library.AllowDuplicateProperties;
        options.WriteIndented = library.WriteIndented;
        options.MaxDepth = library.MaxDepth;
        options.Encoder = library.Encoder;
        options.NumberHandling = library.NumberHandling;
        options.TypeInfoResolverChain.Clear();
        options.TypeInfoResolverChain.Add(MigDevJson.TypeInfoResolver);
        options.TypeInfoResolverChain.Add(WebJsonContext.Default);
    }
}

/// <summary>The sample's answers, source-generated (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AgencySummary[]))]
[JsonSerializable(typeof(ProgrammeSummary[]))]
[JsonSerializable(typeof(GfmdMatrix))]
[JsonSerializable(typeof(ProgrammeAnswer))]
[JsonSerializable(typeof(Agency))]
[JsonSerializable(typeof(FundingAnswer))]
[JsonSerializable(typeof(ConversionAnswer))]
[JsonSerializable(typeof(ImportAnswer))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails))]
[JsonSerializable(typeof(FaultAnswer[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
