namespace MigDev.Core.Samples.Web.Load;

/// <summary>The fixed mix of queries the clients send, in turn: funding totals in several currencies at each line's
/// value date and at fixed dates, and conversions direct, across the euro, on a Sunday and at a fixed euro rate. Every
/// one answers 200.</summary>
internal static class LoadQueries
{
    /// <summary>The mix, sent in this order by each client from its own starting point.</summary>
    public static IReadOnlyList<string> Mix { get; } =
    [
        "/funding",
        "/funding?currency=USD&at=value-date",
        "/funding?currency=CHF&at=2010-06-30",
        "/funding?currency=JPY&at=2008-01-02",
        "/funding?currency=GBP&at=2013-12-31&stage=Commitment",
        // The ECB never published the Kenyan shilling: every line is listed as unconverted, with the reason.
        "/funding?currency=KES",
        // The CFA franc: the ECB's rate to the euro, then the official fixed rate (Council Decision 98/683/EC).
        "/funding?currency=XOF&at=value-date",
        "/convert?amount=1000.50&from=EUR&to=USD&date=2010-06-30",
        "/convert?amount=15000000&from=USD&to=JPY&date=2008-01-06",
        "/convert?amount=250000&from=GBP&to=CHF&date=2010-06-27",
        "/convert?amount=-42.10&from=CHF&to=EUR&date=2020-03-16",
        "/convert?amount=5000000&from=EUR&to=XOF&date=2015-01-02",
    ];
}
