// A generic-host app using AddMigDevCore: the catalog, the agency directory, the ECB rates, the converter and the
// clock come from the container.
//   dotnet run --project samples/MigDev.Core.Samples.Hosting
//   dotnet run --project samples/MigDev.Core.Samples.Hosting -- --MigDev:CatalogPath=mine.json   (your catalog, extending the embedded one)
using MigDev.Core.Samples.Hosting;

using var host = HostingSample.CreateHost(args);
return await HostingSample.RunAsync(host, Console.Out);
