// Writes docs/catalog.schema.json, the JSON Schema of the catalog document, from the library's types
// (CatalogDocument.GetSchema). Run from the repository root:
//
//     dotnet run tools/generate-schema.cs
//
// JsonSchemaTest fails when the committed file differs from what the types give.
#:project ../src/MigDev.Core/MigDev.Core.csproj
using MigDev.Core.Catalog;

var path = Path.Combine(Directory.GetCurrentDirectory(), "docs", "catalog.schema.json");
File.WriteAllText(path, CatalogDocument.GetSchema() + "\n");
Console.WriteLine($"wrote {path}");
