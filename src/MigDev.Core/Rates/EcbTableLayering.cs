using NodaTime;

namespace MigDev.Core;

/// <summary>
/// Layers one ECB table over another in one merge of their sorted dates: within the lower table's dates the lower
/// table's rates are kept and the upper table's are compared with them (every difference listed); outside them the
/// upper table's publications are added. Linear in the two tables' sizes.
/// </summary>
internal sealed class EcbTableLayering
{
    private readonly EcbRateTable _lower;
    private readonly EcbRateTable _upper;
    private readonly CurrencyCode[] _currencies;
    private readonly int[] _lowerColumn;
    private readonly int[] _upperColumn;
    private readonly int[] _ordinalOrder;
    private readonly List<int> _days;
    private readonly List<int> _sources = [];
    private int _lowerFirst;
    private int _lowerLast;

    private EcbTableLayering(EcbRateTable lower, EcbRateTable upper, string sourceName)
    {
        _lower = lower;
        _upper = upper;
        var merged = new List<CurrencyCode>(lower.Currencies);
        merged.AddRange(upper.Currencies.Where(c => lower.ColumnOf(c) < 0));
        if (merged.Count > EcbRateTable.MaxCurrencies)
        {
            throw new MigDevDataException(sourceName, "currencies", $"{merged.Count}", new InvalidDataException($"the history and the file together name more than {EcbRateTable.MaxCurrencies} currencies"));
        }
        _currencies = [.. merged];
        _lowerColumn = [.. _currencies.Select(lower.ColumnOf)];
        _upperColumn = [.. _currencies.Select(upper.ColumnOf)];
        _ordinalOrder = [.. Enumerable.Range(0, _currencies.Length).OrderBy(m => _currencies[m].Code, StringComparer.Ordinal)];
        _days = new List<int>(lower.DateCount + upper.DateCount);
    }

    internal int AddedPublications { get; private set; }

    internal int ComparedRates { get; private set; }

    internal List<EcbRateDisagreement> Disagreements { get; } = [];

    /// <summary>Layers <paramref name="upper"/> (a loaded file) over <paramref name="lower"/> (a history).</summary>
    /// <exception cref="MigDevDataException">Together they name more currencies than a table holds.</exception>
    internal static (EcbRateTable Table, EcbTableLayering Report) Layer(EcbRateTable lower, EcbRateTable upper, string sourceName)
    {
        var layering = new EcbTableLayering(lower, upper, sourceName);
        layering.Merge();
        return (layering.Build(), layering);
    }

    private void Merge()
    {
        _lowerFirst = _lower.DayNumberAt(0);
        _lowerLast = _lower.DayNumberAt(_lower.DateCount - 1);
        var overlapFirst = Math.Max(_lowerFirst, _upper.DayNumberAt(0));
        var overlapLast = Math.Min(_lowerLast, _upper.DayNumberAt(_upper.DateCount - 1));
        int i = 0, j = 0;
        while (i < _lower.DateCount || j < _upper.DateCount)
        {
            var lowerDay = i < _lower.DateCount ? _lower.DayNumberAt(i) : int.MaxValue;
            var upperDay = j < _upper.DateCount ? _upper.DayNumberAt(j) : int.MaxValue;
            if (lowerDay <= upperDay)
            {
                Take(lowerDay, i);
                if (lowerDay >= overlapFirst && lowerDay <= overlapLast)
                {
                    Compare(lowerDay, i, lowerDay == upperDay ? j : -1);
                }
                j += lowerDay == upperDay ? 1 : 0;
                i++;
                continue;
            }
            if (upperDay >= _lowerFirst && upperDay <= _lowerLast)
            {
                Compare(upperDay, -1, j);
            }
            else
            {
                Take(upperDay, ~j);
                AddedPublications++;
            }
            j++;
        }
    }

    // A row of the result: a lower index, or the complement (~j) of an upper one.
    private void Take(int day, int source)
    {
        _days.Add(day);
        _sources.Add(source);
    }

    private void Compare(int day, int lowerIndex, int upperIndex)
    {
        foreach (var m in _ordinalOrder)
        {
            var lower = lowerIndex >= 0 && _lowerColumn[m] >= 0 ? _lower.PackedAt(_lowerColumn[m], lowerIndex) : 0u;
            var upper = upperIndex >= 0 && _upperColumn[m] >= 0 ? _upper.PackedAt(_upperColumn[m], upperIndex) : 0u;
            if (lower == 0 && upper == 0)
            {
                continue;
            }
            ComparedRates++;
            if (lower != upper && (lower == 0 || upper == 0 || EcbRateTable.Unpack(lower) != EcbRateTable.Unpack(upper)))
            {
                Disagreements.Add(new EcbRateDisagreement(
                    LocalDate.FromDateOnly(DateOnly.FromDayNumber(day)),
                    _currencies[m],
                    lower == 0 ? null : EcbRateTable.Unpack(lower),
                    upper == 0 ? null : EcbRateTable.Unpack(upper)));
            }
        }
    }

    private EcbRateTable Build()
    {
        var count = _days.Count;
        var packed = new uint[_currencies.Length][];
        for (var m = 0; m < _currencies.Length; m++)
        {
            var column = new uint[count];
            int lowerColumn = _lowerColumn[m], upperColumn = _upperColumn[m];
            for (var r = 0; r < count; r++)
            {
                var source = _sources[r];
                column[r] = source >= 0
                    ? (lowerColumn >= 0 ? _lower.PackedAt(lowerColumn, source) : 0u)
                    : (upperColumn >= 0 ? _upper.PackedAt(upperColumn, ~source) : 0u);
            }
            packed[m] = column;
        }
        return new EcbRateTable([.. _days], _currencies, packed);
    }
}
