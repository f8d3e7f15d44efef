using System.Runtime.InteropServices;

namespace MigDev.Core;

/// <summary>What is wrong with a date or rate given to <see cref="EcbXmlRows"/>; <see cref="None"/> when it was
/// taken.</summary>
internal enum EcbXmlRowFault
{
    None,
    TooManyPublications,
    SameDate,
    OutOfOrder,
    NoDate,
    TooManyCurrencies,
    Twice,
}

/// <summary>
/// The rates of an ECB XML feed as they are read, date by date (newest first or oldest first), then built into an
/// <see cref="EcbRateTable"/>: shared by the <see cref="System.Xml.XmlReader"/> path (<see cref="EcbXmlReader"/>) and
/// the scanner of the ECB's exact layout (<see cref="EcbXmlScanner"/>), so that both give the same table and check
/// the same limits. Columns are in the order currencies first appear.
/// </summary>
internal sealed class EcbXmlRows
{
    private readonly EcbFileLimits _limits;
    private readonly List<int> _days;
    private readonly List<int> _rowStarts;
    private readonly List<byte> _columns;
    private readonly List<uint> _values;
    private readonly List<CurrencyCode> _currencies = [];
    private readonly sbyte[] _columnByCurrency = new sbyte[Iso4217Table.Count + 1];
    private ulong _seenInDateLow;
    private ulong _seenInDateHigh;
    private int _direction;

    /// <summary>Starts empty, with room for about <paramref name="expectedRates"/> rates.</summary>
    internal EcbXmlRows(EcbFileLimits limits, int expectedRates = 0)
    {
        _limits = limits;
        var rates = Math.Clamp(expectedRates, 0, limits.MaxPublications * limits.MaxCurrencies);
        var dates = Math.Min((rates / 16) + 1, limits.MaxPublications);
        _days = new List<int>(dates);
        _rowStarts = new List<int>(dates);
        _columns = new List<byte>(rates);
        _values = new List<uint>(rates);
        Array.Fill(_columnByCurrency, (sbyte)-1);
    }

    /// <summary>Gets whether a publication date has been started.</summary>
    internal bool HasDate => _days.Count > 0;

    /// <summary>Gets whether a date and a rate have been taken: a table can be built.</summary>
    internal bool CanBuild => _days.Count > 0 && _currencies.Count > 0;

    /// <summary>Starts the next publication date (a <see cref="DateOnly.DayNumber"/>).</summary>
    internal EcbXmlRowFault StartDate(int day)
    {
        if (_days.Count == _limits.MaxPublications)
        {
            return EcbXmlRowFault.TooManyPublications;
        }
        if (_days.Count > 0)
        {
            var step = Math.Sign(day - _days[^1]);
            if (step == 0 || (_direction != 0 && step != _direction))
            {
                return step == 0 ? EcbXmlRowFault.SameDate : EcbXmlRowFault.OutOfOrder;
            }
            _direction = step;
        }
        _days.Add(day);
        _rowStarts.Add(_values.Count);
        _seenInDateLow = 0;
        _seenInDateHigh = 0;
        return EcbXmlRowFault.None;
    }

    /// <summary>Adds a rate (packed as <see cref="EcbText.TryParseRate{T}"/> gives it) to the current date.</summary>
    internal EcbXmlRowFault AddRate(CurrencyCode currency, uint packed)
    {
        if (_days.Count == 0)
        {
            return EcbXmlRowFault.NoDate;
        }
        var column = (int)_columnByCurrency[currency.Index];
        if (column < 0)
        {
            if (_currencies.Count == _limits.MaxCurrencies)
            {
                return EcbXmlRowFault.TooManyCurrencies;
            }
            column = _currencies.Count;
            _currencies.Add(currency);
            _columnByCurrency[currency.Index] = (sbyte)column;
        }
        ref var seen = ref column < 64 ? ref _seenInDateLow : ref _seenInDateHigh;
        var bit = 1UL << (column & 63);
        if ((seen & bit) != 0)
        {
            return EcbXmlRowFault.Twice;
        }
        seen |= bit;
        _columns.Add((byte)column);
        _values.Add(packed);
        return EcbXmlRowFault.None;
    }

    /// <summary>Builds the table, dates ascending; only when <see cref="CanBuild"/>.</summary>
    internal EcbRateTable Build()
    {
        var count = _days.Count;
        var descending = _direction < 0;
        var days = new int[count];
        var packed = new uint[_currencies.Count][];
        for (var c = 0; c < packed.Length; c++)
        {
            packed[c] = new uint[count];
        }
        var rowStarts = CollectionsMarshal.AsSpan(_rowStarts);
        var columns = CollectionsMarshal.AsSpan(_columns);
        var values = CollectionsMarshal.AsSpan(_values);
        for (var r = 0; r < count; r++)
        {
            var index = descending ? count - 1 - r : r;
            days[index] = _days[r];
            var end = r + 1 < count ? rowStarts[r + 1] : values.Length;
            for (var i = rowStarts[r]; i < end; i++)
            {
                packed[columns[i]][index] = values[i];
            }
        }
        return new EcbRateTable(days, [.. _currencies], packed);
    }
}
