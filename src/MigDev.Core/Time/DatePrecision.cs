using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>A year: "starting in 2008".</summary>
    Year = 0,

    /// <summary>A month: "December 2012".</summary>
    Month = 1,

    /// <summary>A day: "7 March 2007".</summary>
    Day = 2,
}
