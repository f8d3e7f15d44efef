using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core.Samples.Web;

/// <summary>Funding totals in a currency the caller picks, and single conversions, at the ECB's rates (with the
/// official fixed euro rates first, as <c>AddMigDevCore</c> registers them).</summary>
internal static class FundingEndpoints
{
    // The policy of every conversion here: the rate of the day, or the latest of the 4 days before (a weekend, a holiday).
    internal static readonly RatePolicy Policy = RatePolicy.LatestOnOrBefore();

    /// <summary>Maps <c>/funding</c> and <c>/convert</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var money = app.MapGroup("").WithTags("Funding");
        money.MapGet("/funding", Funding).WithName("GetFunding")
            .WithSummary("Totals by funder, recipient and year in ?currency= (default EUR), at=value-date (each line at the rate of its value date, the default) or at=yyyy-MM-dd (every line at that date's rate); every rate used and what could not be converted.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        money.MapGet("/convert", Convert).WithName("Convert")
            .WithSummary("Converts ?amount= from ?from= to ?to= at ?date= (yyyy-MM-dd), rounded to the target's minor unit, with the rate used.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Results<Ok<FundingAnswer>, ProblemHttpResult> Funding(string? currency, string? at, string? stage, MigDevCatalog catalog, CurrencyConverter converter)
    {
        if (BadCurrency("currency", currency ?? "EUR") is { } badCurrency)
        {
            return badCurrency;
        }
        var target = CurrencyCode.Parse(currency ?? "EUR");
        Func<PartialDate, LocalDate> dayOf = static d => d.FirstDay;
        if (at is not null and not "value-date")
        {
            if (BadDate("at", at, "'value-date' or a date yyyy-MM-dd") is { } badDate)
            {
                return badDate;
            }
            var day = LocalDatePattern.Iso.Parse(at).Value;
            dayOf = _ => day;
        }
        if (!Enum.TryParse<FundingStage>(stage ?? nameof(FundingStage.Commitment), ignoreCase: true, out var fundingStage) || !Enum.IsDefined(fundingStage) || int.TryParse(stage, out _))
        {
            return Problems.BadParameter("stage", stage, $"'{stage}' is not a funding stage: one of {string.Join(", ", Enum.GetNames<FundingStage>())}.");
        }
        var conversion = new FundingAnalytics(catalog.Model).ConvertAll(fundingStage, converter, target, Policy, dayOf);
        return TypedResults.Ok(FundingTotals.Answer(conversion, fundingStage, at ?? "value-date"));
    }

    private static Results<Ok<ConversionAnswer>, ProblemHttpResult> Convert(string? amount, string? from, string? to, string? date, CurrencyConverter converter)
    {
        if (amount is null || !decimal.TryParse(amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Problems.BadParameter("amount", amount, $"'{amount}' is not an amount: digits with an optional sign and decimal point, such as 1000.50.");
        }
        foreach (var (name, text) in new[] { ("from", from), ("to", to) })
        {
            if (BadCurrency(name, text) is { } bad)
            {
                return bad;
            }
        }
        if (BadDate("date", date, "a date yyyy-MM-dd") is { } badDate)
        {
            return badDate;
        }
        var day = LocalDatePattern.Iso.Parse(date!).Value;
        var conversion = converter.Convert(new Money(value, CurrencyCode.Parse(from!)), CurrencyCode.Parse(to!), day, Policy, Money.DefaultMidpointRounding);
        return TypedResults.Ok(new ConversionAnswer(conversion.Original, conversion.Converted, conversion.Unrounded.Amount,
            Iso(conversion.RequestedDate), conversion.DaysBack, Policy.ToString(), FundingTotals.Rate(conversion.Rate),
            [.. new[] { conversion.FirstLeg, conversion.SecondLeg }.OfType<ExchangeRate>().Where(_ => conversion.LegCount == 2).Select(FundingTotals.Rate)]));
    }

    // An ISO 4217 code with a minor unit to round to, or a 400 naming the parameter.
    internal static ProblemHttpResult? BadCurrency(string parameter, string? text)
    {
        if (!CurrencyCode.TryParse(text, out var code))
        {
            return Problems.BadParameter(parameter, text, $"'{text}' is not an ISO 4217 currency code, such as EUR, USD or CHF.");
        }
        return code.MinorUnit is null
            ? Problems.BadParameter(parameter, text, $"{code} has no minor unit to round to: choose a currency such as EUR, USD or CHF.")
            : null;
    }

    // A date yyyy-MM-dd, or a 400 naming the parameter.
    private static ProblemHttpResult? BadDate(string parameter, string? text, string expected) =>
        text is not null && LocalDatePattern.Iso.Parse(text).Success
            ? null
            : Problems.BadParameter(parameter, text, $"'{text}' is not {expected}.");

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
