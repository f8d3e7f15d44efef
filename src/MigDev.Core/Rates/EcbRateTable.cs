using System.IO.Compression;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// The ECB's euro reference rates in flat arrays: O(1) lookups by date without allocation. Decoded from the embedded
/// resource (tools/generate-ecb-rates.cs writes it), or built from a loaded ECB file (<see cref="EcbRateFile"/>).
/// </summary>
internal sealed class EcbRateTable
{
    internal const string ResourceName = "MigDev.Core.Data.ecb-eurofxref.bin";

    // Publication dates as DateOnly.DayNumber, ascending.
    private readonly int[] _dayNumbers;

    // For each calendar day from the first publication date to the last: the index of the latest publication on or
    // before it.
    private readonly ushort[] _latestIndexByDay;

    // Column by CurrencyCode index (1-based; 0 is default): -1 when the ECB never published the currency.
    private readonly sbyte[] _columnByCurrency;

    // [column][date index]: mantissa << 3 | scale; 0 where the ECB published no rate (N/A).
    private readonly uint[][] _packed;

    /// <summary>The most currencies a table holds (a column index is an <see cref="sbyte"/>).</summary>
    internal const int MaxCurrencies = sbyte.MaxValue;

    /// <summary>The most publication dates a table holds (the day index is a <see cref="ushort"/>).</summary>
    internal const int MaxDates = ushort.MaxValue;

    /// <summary>The largest integer mantissa a packed rate holds (exclusive): 2^28.</summary>
    internal const long MantissaLimit = 1L << 28;

    /// <summary>The most decimals a packed rate holds.</summary>
    internal const int MaxScale = 7;

    /// <summary>Builds a table over dates (ascending, distinct, at most <see cref="MaxDates"/>), currencies (distinct,
    /// at most <see cref="MaxCurrencies"/>) and one packed column per currency, each as long as the dates; callers
    /// guarantee all of it.</summary>
    internal EcbRateTable(int[] dayNumbers, CurrencyCode[] currencies, uint[][] packed)
    {
        _dayNumbers = dayNumbers;
        Currencies = currencies;
        _packed = packed;
        _columnByCurrency = new sbyte[Iso4217Table.Count + 1];
        Array.Fill(_columnByCurrency, (sbyte)-1);
        for (var c = 0; c < currencies.Length; c++)
        {
            _columnByCurrency[currencies[c].Index] = (sbyte)c;
        }
        _latestIndexByDay = new ushort[dayNumbers[^1] - dayNumbers[0] + 1];
        var index = 0;
        for (var day = 0; day < _latestIndexByDay.Length; day++)
        {
            while (index + 1 < dayNumbers.Length && dayNumbers[index + 1] - dayNumbers[0] <= day)
            {
                index++;
            }
            _latestIndexByDay[day] = (ushort)index;
        }
        FirstDate = LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumbers[0]));
        LastDate = LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumbers[^1]));
    }

    internal CurrencyCode[] Currencies { get; }

    internal LocalDate FirstDate { get; }

    internal LocalDate LastDate { get; }

    internal int DateCount => _dayNumbers.Length;

    /// <summary>Approximate bytes held by the arrays (for docs/benchmarks.md).</summary>
    internal long ApproximateBytes =>
        (_dayNumbers.Length * 4L) + (_latestIndexByDay.Length * 2L) + _columnByCurrency.Length + _packed.Sum(p => 24L + (p.Length * 4L));

    internal static EcbRateTable Load()
    {
        // Inflate once into memory, then decode from the bytes: reading byte by byte through the DeflateStream is ten
        // times slower.
        byte[] bytes;
        using (var resource = typeof(EcbRateTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(EcbRateTable).Assembly.GetName().Name}."))
        using (var deflate = new DeflateStream(resource, CompressionMode.Decompress))
        using (var inflated = new MemoryStream())
        {
            deflate.CopyTo(inflated);
            bytes = inflated.ToArray();
        }
        var reader = new Reader(bytes);
        if (reader.Byte() != 'M' || reader.Byte() != 'D' || reader.Byte() != 'F' || reader.Byte() != 'X' || reader.Byte() != 1)
        {
            throw new InvalidDataException($"The embedded resource '{ResourceName}' is not ECB rate data of format version 1.");
        }
        var count = checked((int)reader.Varint());
        var days = new int[count];
        days[0] = checked((int)reader.Varint());
        for (var i = 1; i < count; i++)
        {
            days[i] = days[i - 1] + checked((int)reader.Varint());
        }
        var currencies = new CurrencyCode[reader.Byte()];
        Span<char> code = stackalloc char[3];
        for (var c = 0; c < currencies.Length; c++)
        {
            code[0] = (char)reader.Byte();
            code[1] = (char)reader.Byte();
            code[2] = (char)reader.Byte();
            currencies[c] = CurrencyCode.Parse(code);
        }
        var packed = new uint[currencies.Length][];
        for (var c = 0; c < currencies.Length; c++)
        {
            var column = new uint[count];
            long previous = 0;
            for (var i = 0; i < count; i++)
            {
                var tag = reader.Byte();
                if (tag == 0)
                {
                    continue;
                }
                var zigzag = reader.Varint();
                var mantissa = previous + ((long)(zigzag >> 1) ^ -(long)(zigzag & 1));
                previous = mantissa;
                column[i] = checked(((uint)mantissa << 3) | (uint)(tag - 1));
            }
            packed[c] = column;
        }
        if (!reader.AtEnd)
        {
            throw new InvalidDataException($"The embedded resource '{ResourceName}' has data after its last rate.");
        }
        return new EcbRateTable(days, currencies, packed);
    }

    /// <summary>Gets the column of a currency; -1 when the ECB never published it.</summary>
    internal int ColumnOf(CurrencyCode currency) => currency.IsDefault ? -1 : _columnByCurrency[currency.Index];

    /// <summary>Gets the index of the latest publication on or before a day number; -1 before the first.</summary>
    internal int LatestIndexOnOrBefore(int dayNumber)
    {
        var offset = dayNumber - _dayNumbers[0];
        if (offset < 0)
        {
            return -1;
        }
        return offset >= _latestIndexByDay.Length ? _dayNumbers.Length - 1 : _latestIndexByDay[offset];
    }

    internal int DayNumberAt(int index) => _dayNumbers[index];

    /// <summary>Gets the packed rate of a column at a date index: 0 where N/A.</summary>
    internal uint PackedAt(int column, int index) => _packed[column][index];

    /// <summary>Packs a positive integer mantissa and a scale (decimals) into the table's form; false when they do not
    /// fit (mantissa not below <see cref="MantissaLimit"/> or more than <see cref="MaxScale"/> decimals).</summary>
    internal static bool TryPack(long mantissa, int scale, out uint packed)
    {
        var fits = mantissa is > 0 and < MantissaLimit && scale is >= 0 and <= MaxScale;
        packed = fits ? ((uint)mantissa << 3) | (uint)scale : 0u;
        return fits;
    }

    /// <summary>Unpacks a rate; callers guarantee it is not 0 (N/A).</summary>
    internal static decimal Unpack(uint packed) => new((int)(packed >> 3), 0, 0, false, (byte)(packed & 7));

    /// <summary>Tries to read the rate of a column at a date index; false where the ECB published N/A.</summary>
    internal bool TryGetRate(int column, int index, out decimal rate)
    {
        var packed = _packed[column][index];
        rate = packed == 0 ? 0m : Unpack(packed);
        return packed != 0;
    }

    // A cursor over the inflated bytes; running past the end is reported as bad data.
    private sealed class Reader(byte[] bytes)
    {
        private int _position;

        public bool AtEnd => _position == bytes.Length;

        public byte Byte() => _position < bytes.Length
            ? bytes[_position++]
            : throw new InvalidDataException($"The embedded resource '{ResourceName}' ends early, at byte {_position}.");

        public ulong Varint()
        {
            ulong value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = Byte();
                value |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }
    }
}
