// Modelling your own programme in code: agencies from the embedded catalog, your own organisation and commitments,
// validation errors as the library reports them, and totals in a reporting currency.
//   dotnet run --project samples/MigDev.Core.Samples.OwnProgramme
return MigDev.Core.Samples.OwnProgramme.OwnProgrammeSample.Run(Console.Out);
