using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core;

/// <summary>
/// Reads a user's own table of rates from a file, in one pass, into a <see cref="SuppliedExchangeRateProvider"/>:
/// the CSV layout documented in docs/exchange-rates.md ("A table of your own") or the JSON of exchangerate.host
/// (<c>{"base": "USD", "date": "2021-06-14", "rates": {"KES": 108.260034, ...}}</c>).
/// </summary>
/// <remarks>
/// <para>CSV: a header <c>date,base,quote,rate</c> or <c>date,base,quote,rate,source</c>, then one rate per line.
/// <c>date</c> is a day (<c>2021-06-14</c>: the rate applies on that day) or a month (<c>2021-06</c>: it applies on
/// every day of the month and is dated its first day); <c>base</c> and <c>quote</c> are ISO 4217 codes; <c>rate</c>
/// is units of quote per unit of base, positive, with a decimal point (an exponent is allowed); <c>source</c>, when
/// present and not empty, names who set the rate, otherwise the file's source does. Blank lines are skipped; a field
/// may be in double quotes (<c>""</c> for a quote inside).</para>
/// <para>Every bad line is reported, not only the first: the <see cref="MigDevDataException"/> lists one
/// <see cref="ValidationFault"/> per bad field, its path naming the line and field (<c>line 12, rate</c>) or the JSON
/// property (<c>$.rates.KES</c>) and its value. A code that is well formed but not ISO 4217 (exchangerate.host's
/// BTC, CNH, GGP, IMP, JEP) is a fault too, unless the caller passes a collection to receive the codes skipped.</para>
/// <para>The table crosses through its base when all its rates have one base (USD for exchangerate.host); otherwise
/// it derives no cross rates (<see cref="SuppliedExchangeRateProvider.WithPivotCurrency"/> changes that). Reading
/// is linear in the file, and the table is built with <see cref="SuppliedExchangeRateProvider.AddRange(IEnumerable{ValueTuple{ExchangeRate, DateInterval}})"/>.</para>
/// </remarks>
public static class ExchangeRateFile
{
    private static readonly string[] Header = ["date", "base", "quote", "rate"];

    /// <summary>Reads a file by its extension: <c>.csv</c> or <c>.json</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="skippedCurrencies">When given, receives the codes that are not ISO 4217, which are then skipped
    /// instead of reported.</param>
    /// <returns>The rates, each sourced as the file says, or named after the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The file is not a table of rates; every fault is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SuppliedExchangeRateProvider Load(string path, ICollection<string>? skippedCurrencies = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = new ExchangeRateSource(Path.GetFileName(path), $"Rates read from {path}");
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(path);
            return ReadJson(stream, path, source, skippedCurrencies);
        }
        if (!string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new MigDevDataException(path, [new ValidationFault("$", Path.GetExtension(path), "a rate file is .csv or .json")], null);
        }
        using var reader = new StreamReader(path, Encoding.UTF8);
        return ReadCsv(reader, path, source, skippedCurrencies);
    }

    /// <summary>Reads rates in the documented CSV layout.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name of the file or stream, for error messages.</param>
    /// <param name="source">The source of rates whose line names none; by default one named <paramref name="sourceName"/>.</param>
    /// <param name="skippedCurrencies">When given, receives the codes that are not ISO 4217, which are then skipped.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">A line is bad (every fault listed, with line number, field and value),
    /// the header is not the documented one, or two rates of one pair apply on one day.</exception>
    public static SuppliedExchangeRateProvider ReadCsv(TextReader reader, string sourceName, ExchangeRateSource? source = null, ICollection<string>? skippedCurrencies = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var context = new Context(sourceName, source ?? new ExchangeRateSource(sourceName), skippedCurrencies);
        var header = reader.ReadLine();
        var columns = header is null ? [] : SplitCsv(header);
        var hasSource = columns.Count == 5 && string.Equals(columns[4].Trim(), "source", StringComparison.OrdinalIgnoreCase);
        if (columns.Count < 4 || columns.Count > 5 || (columns.Count == 5 && !hasSource)
            || !columns.Take(4).Select(c => c.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            throw new MigDevDataException(sourceName, [new ValidationFault("line 1", header, "the header must be date,base,quote,rate or date,base,quote,rate,source")], null);
        }
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length > 0)
            {
                context.ReadCsvLine(number, SplitCsv(line), hasSource);
            }
        }
        return context.Build();
    }

    /// <summary>Reads rates in the JSON shape of exchangerate.host: a base, a date and the rate of each currency.</summary>
    /// <param name="stream">The JSON (UTF-8).</param>
    /// <param name="sourceName">The name of the file or stream, for error messages.</param>
    /// <param name="source">The source of the rates; by default one named <paramref name="sourceName"/>.</param>
    /// <param name="skippedCurrencies">When given, receives the codes that are not ISO 4217, which are then skipped.</param>
    /// <returns>The rates, base to each currency, on the date, crossing through the base.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The JSON is malformed or a value is bad; every fault is listed with its
    /// path (<c>$.rates.KES</c>) and value.</exception>
    public static SuppliedExchangeRateProvider ReadJson(Stream stream, string sourceName, ExchangeRateSource? source = null, ICollection<string>? skippedCurrencies = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var context = new Context(sourceName, source ?? new ExchangeRateSource(sourceName), skippedCurrencies);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new MigDevDataException(sourceName, $"line {ex.LineNumber + 1}", null, ex);
        }
        using (document)
        {
            context.ReadJson(document.RootElement);
        }
        return context.Build();
    }

    // Splits a CSV line on commas outside double quotes; "" inside quotes is a quote.
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }

    // The rates read so far, the faults found, and the rules of each field.
    private sealed class Context(string sourceName, ExchangeRateSource source, ICollection<string>? skipped)
    {
        private readonly List<(ExchangeRate, DateInterval)> _rates = [];
        private readonly List<ValidationFault> _faults = [];
        private readonly HashSet<CurrencyCode> _bases = [];

        public void ReadCsvLine(int number, List<string> fields, bool hasSource)
        {
            var expected = hasSource ? 5 : 4;
            if (fields.Count != expected && !(hasSource && fields.Count == 4))
            {
                _faults.Add(new ValidationFault($"line {number}", string.Join(',', fields), $"a line has {expected} fields, this one {fields.Count}"));
                return;
            }
            var where = $"line {number}, ";
            var validity = ParseDate(where + "date", fields[0].Trim());
            var baseCode = ParseCurrency(where + "base", fields[1].Trim(), out var skip1);
            var quoteCode = ParseCurrency(where + "quote", fields[2].Trim(), out var skip2);
            var rate = ParseRate(where + "rate", fields[3].Trim());
            var name = hasSource && fields.Count == 5 ? fields[4].Trim() : "";
            Add(where + "quote", validity, baseCode, quoteCode, rate, skip1 || skip2, name.Length == 0 ? source : new ExchangeRateSource(name));
        }

        public void ReadJson(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                _faults.Add(new ValidationFault("$", root.ValueKind.ToString(), "an object with base, date and rates"));
                return;
            }
            var baseCode = root.TryGetProperty("base", out var b) && b.ValueKind == JsonValueKind.String ? ParseCurrency("$.base", b.GetString()!, out _) : Missing("$.base", "a currency code");
            var validity = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? ParseDate("$.date", d.GetString()!) : Missing<DateInterval>("$.date", "a date");
            if (!root.TryGetProperty("rates", out var rates) || rates.ValueKind != JsonValueKind.Object)
            {
                _faults.Add(new ValidationFault("$.rates", null, "an object of currency codes and rates"));
                return;
            }
            foreach (var property in rates.EnumerateObject())
            {
                var path = $"$.rates.{property.Name}";
                var quoteCode = ParseCurrency(path, property.Name, out var skip);
                var rate = property.Value.ValueKind == JsonValueKind.Number ? ParseRate(path, property.Value.GetRawText()) : Missing<decimal?>(path, "a number", property.Value.GetRawText());
                if (quoteCode != baseCode || quoteCode is null)
                {
                    Add(path, validity, baseCode, quoteCode, rate, skip, source);
                }
            }
        }

        public SuppliedExchangeRateProvider Build()
        {
            if (_faults.Count > 0)
            {
                throw new MigDevDataException(sourceName, _faults, null);
            }
            try
            {
                var table = SuppliedExchangeRateProvider.Empty.AddRange(_rates);
                return _bases.Count == 1 ? table.WithPivotCurrency(_bases.Single()) : table;
            }
            catch (ArgumentException ex)
            {
                throw new MigDevDataException(sourceName, "rates", null, ex);
            }
        }

        private void Add(string where, DateInterval? validity, CurrencyCode? baseCode, CurrencyCode? quoteCode, decimal? rate, bool skip, ExchangeRateSource rateSource)
        {
            if (skip || validity is null || baseCode is not { } b || quoteCode is not { } q || rate is not { } r)
            {
                return;
            }
            if (b == q)
            {
                _faults.Add(new ValidationFault(where, q.Code, "the quote must differ from the base"));
                return;
            }
            _bases.Add(b);
            _rates.Add((new ExchangeRate(b, q, r, validity.Start, rateSource), validity));
        }

        private DateInterval? ParseDate(string where, string text)
        {
            if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
            {
                return new DateInterval(day.Value, day.Value);
            }
            if (YearMonthPattern.Iso.Parse(text) is { Success: true } month)
            {
                return month.Value.ToDateInterval();
            }
            return Missing<DateInterval>(where, "a date (2021-06-14) or a month (2021-06)", text);
        }

        private CurrencyCode? ParseCurrency(string where, string text, out bool skip)
        {
            skip = false;
            if (CurrencyCode.TryParseCanonical(text, out var code))
            {
                return code;
            }
            if (skipped is not null && text.Length == 3 && text.All(char.IsAsciiLetterUpper))
            {
                skipped.Add(text);
                skip = true;
                return null;
            }
            return Missing(where, "an ISO 4217 currency code", text);
        }

        private decimal? ParseRate(string where, string text)
        {
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var rate) && rate > 0m)
            {
                return rate;
            }
            return Missing<decimal?>(where, "a positive number, such as 108.260034", text);
        }

        private CurrencyCode? Missing(string where, string rule, string? value = null) => Missing<CurrencyCode?>(where, rule, value);

        private T? Missing<T>(string where, string rule, string? value = null)
        {
            _faults.Add(new ValidationFault(where, value, rule));
            return default;
        }
    }
}
