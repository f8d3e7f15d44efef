using System.Text.Json.Serialization;

namespace MigDev.Core.Tests;

/// <summary>A consumer's own source-generated context: the library's types must work in it without reflection.</summary>
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money?))]
[JsonSerializable(typeof(CurrencyCode))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(AgencyId))]
[JsonSerializable(typeof(ProgrammeId))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(List<Money>))]
[JsonSerializable(typeof(Pledge))]
[JsonSerializable(typeof(Dictionary<CurrencyCode, decimal>))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

/// <summary>A consumer's DTO holding a Money.</summary>
internal sealed record Pledge(string Donor, Money Amount);
