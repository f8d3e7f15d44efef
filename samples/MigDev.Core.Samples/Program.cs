// MigDev.Core's main sample. Runs offline on the data embedded in the package.
//   dotnet run --project samples/MigDev.Core.Samples                           the catalog's story, in numbered steps
//   ... -- catalog [--json | --search TEXT | --citing DOC]                    browse the catalog
//   ... -- funding --currency EUR [--date 2010-06-30]                         the funding in a currency
//   ... -- convert 15000000 EUR USD --date 2008-01-02 [--rates FILE]...       one conversion, each leg shown
//   ... -- iati export [--output FILE] [--reporting-org REF --reporting-org-name NAME --reporting-org-type 40]
//   ... -- iati import PATH [--currency EUR]                                   an IATI file, or a folder as one model
//   ... -- validate FILE [--standalone]                                        your catalog JSON checked, every error with its path
using System.CommandLine;
using MigDev.Core.Samples;
using NodaTime;
using Spectre.Console;

var console = Consoles.For(Console.Out, Console.IsOutputRedirected);
// Messages go to standard error when standard output carries data (catalog --json, iati export without --output).
var messages = Consoles.For(Console.Error, Console.IsErrorRedirected);

var root = new RootCommand("MigDev.Core: the migration-and-development world of the UN system, as typed data.");
root.SetAction(_ => Story.Run(console));

var json = new Option<bool>("--json") { Description = "Write the whole catalog as the library's canonical JSON to standard output." };
var search = new Option<string?>("--search") { Description = "List the programmes and GFMD activities whose names or texts contain this text." };
var citing = new Option<string?>("--citing") { Description = "List every record citing a source document, such as 001." };
var catalog = new Command("catalog", "Browse the embedded catalog.") { json, search, citing };
catalog.SetAction(p => Commands.Catalog(console, Console.Out, p.GetValue(json), p.GetValue(search), p.GetValue(citing)));
root.Subcommands.Add(catalog);

var currency = new Option<string>("--currency") { Description = "The reporting currency (ISO 4217).", DefaultValueFactory = _ => "USD" };
var date = new Option<string?>("--date") { Description = "Convert everything at the rates of this date (yyyy-MM-dd) instead of each value date." };
var funding = new Command("funding", "The catalog's funding in a reporting currency.") { currency, date };
funding.SetAction(p => Commands.Funding(console, p.GetValue(currency)!, p.GetValue(date)));
root.Subcommands.Add(funding);

var amount = new Argument<string>("amount") { Description = "The amount, such as 15000000." };
var from = new Argument<string>("from") { Description = "Its currency, such as EUR." };
var to = new Argument<string>("to") { Description = "The currency to convert to, such as USD." };
var on = new Option<string?>("--date") { Description = "The date (yyyy-MM-dd); today when left out." };
var rates = new Option<string[]>("--rates") { Description = "A rate table (CSV date,base,quote,rate[,source] or exchangerate.host JSON) consulted after the official fixed euro rates and the ECB; repeatable.", AllowMultipleArgumentsPerToken = false };
var convert = new Command("convert", "Convert an amount at the official fixed euro rates, the ECB's reference rates and your tables, each leg shown.") { amount, from, to, on, rates };
convert.SetAction(p => Commands.Convert(console, p.GetValue(amount)!, p.GetValue(from)!, p.GetValue(to)!, p.GetValue(on), p.GetValue(rates)));
root.Subcommands.Add(convert);

var output = new Option<string?>("--output") { Description = "The file to write; standard output when left out." };
var orgRef = new Option<string?>("--reporting-org") { Description = "Your IATI organisation identifier; the IATI documentation's example when left out." };
var orgName = new Option<string?>("--reporting-org-name") { Description = "Your organisation's name." };
var orgType = new Option<int>("--reporting-org-type") { Description = "Your IATI OrganisationType code.", DefaultValueFactory = _ => 40 };
var export = new Command("export", "Write the catalog as IATI 2.03 XML.") { output, orgRef, orgName, orgType };
export.SetAction(p =>
{
    var path = p.GetValue(output);
    using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
    return Commands.IatiExport(messages, stream, p.GetValue(orgRef), p.GetValue(orgName), p.GetValue(orgType), SystemClock.Instance);
});
var file = new Argument<string>("path") { Description = "An IATI 2.0x activity file, or a folder whose *.xml files are imported as one model." };
var importCurrency = new Option<string>("--currency") { Description = "The currency to total in, at each value date's ECB rate.", DefaultValueFactory = _ => "EUR" };
var import = new Command("import", "Read an IATI file, or a folder as one model: totals by stage and direction, flows reported twice, organisations, findings.") { file, importCurrency };
import.SetAction(p => Commands.IatiImport(console, p.GetValue(file)!, p.GetValue(importCurrency)!));
root.Subcommands.Add(new Command("iati", "IATI 2.03 export and import.") { export, import });

var catalogFile = new Argument<string>("file") { Description = "A catalog document (JSON) extending the embedded catalog." };
var standalone = new Option<bool>("--standalone") { Description = "The document stands alone: it does not extend the embedded catalog." };
var validate = new Command("validate", "Check your catalog JSON: every error with its path.") { catalogFile, standalone };
validate.SetAction(p => Commands.Validate(console, p.GetValue(catalogFile)!, p.GetValue(standalone)));
root.Subcommands.Add(validate);

return root.Parse(args).Invoke();
