// The embedded catalog and the real IATI corpus (data/iati/corpus: 18 files, 1,800 activities of 47 publishers) saved to
// a database, then queried there: committed per funder and currency, and per funder in US dollars converted at each
// commitment's value date with the ECB rates the library embeds.
//   dotnet run --project samples/MigDev.Core.Samples.Database                         (SQLite: migdev.db in the output folder)
//   dotnet run --project samples/MigDev.Core.Samples.Database -- --postgres "Host=...;Username=...;Database=..."
//   dotnet run --project samples/MigDev.Core.Samples.Database -- --files 3            (the first 3 corpus files only)
return await MigDev.Core.Samples.Database.DatabaseSample.RunAsync(args, Console.Out);
