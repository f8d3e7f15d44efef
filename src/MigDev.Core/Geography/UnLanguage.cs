using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>The six official languages of the United Nations, in which M49 and UNTERM give country names.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<UnLanguage>))]
public enum UnLanguage
{
    /// <summary>Arabic.</summary>
    Arabic = 0,

    /// <summary>Chinese.</summary>
    Chinese = 1,

    /// <summary>English.</summary>
    English = 2,

    /// <summary>French.</summary>
    French = 3,

    /// <summary>Russian.</summary>
    Russian = 4,

    /// <summary>Spanish.</summary>
    Spanish = 5,
}
