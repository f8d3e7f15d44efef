using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>Why a country belongs to a programme.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<CountryRelation>))]
public enum CountryRelation
{
    /// <summary>A target country (the 16 JMDI target countries).</summary>
    Target = 0,

    /// <summary>A pilot country (the four migration-mainstreaming pilots: Bangladesh, Jamaica, the Republic of Moldova,
    /// Tunisia).</summary>
    Pilot = 1,

    /// <summary>A country where the programme works, without the source saying more.</summary>
    ProgrammeCountry = 2,
}
