namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A total of <see cref="MigDevQueries.TotalsPerFunderAndCurrency"/>: what one funder gave at one stage in one
/// currency, summed in the database.</summary>
/// <param name="Funder">The funder.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Total">The sum of the amounts, exact.</param>
/// <param name="Count">The number of commitments summed.</param>
public sealed record FunderTotal(AgencyId Funder, CurrencyCode Currency, decimal Total, int Count);
