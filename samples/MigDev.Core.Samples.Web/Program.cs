// The library inside ASP.NET Core: an HTTP API over the embedded catalog and the ECB's rates (docs/web.md).
//   dotnet run --project samples/MigDev.Core.Samples.Web          (prints the address it listens on)
//   curl http://localhost:5080/agencies        the OpenAPI document: /openapi/v1.json
using MigDev.Core.Samples.Web;

var builder = WebApplication.CreateBuilder(args);
WebSample.AddServices(builder);
var app = builder.Build();
WebSample.MapEndpoints(app);
app.Run();

/// <summary>The entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
