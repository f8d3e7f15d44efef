// Generates src/MigDev.Core/Rates/Data/ecb-eurofxref.bin, the compact embedded form of the ECB's euro reference rates,
// from the repository's copy of the ECB file (data/ecb/eurofxref-hist.csv). Run from the repository root:
//
//     dotnet run tools/generate-ecb-rates.cs
//
// Format (docs/exchange-rates.md), deflate-compressed as a whole:
//   "MDFX", format version (1 byte),
//   date count (varint), first date as DateOnly.DayNumber (varint), then each next date as a day delta (varint);
//   currency count (1 byte), each currency's three ASCII letters;
//   then currency by currency, date by date (ascending): a tag byte (0: N/A, else scale + 1) and, unless N/A,
//   the zigzag varint of (mantissa - previous mantissa of that currency).
// EcbRatesTest compares every cell of the CSV with the library's lookups, so a stale file fails CI.
using System.Globalization;
using System.IO.Compression;

var root = Directory.GetCurrentDirectory();
var csvPath = Path.Combine(root, "data", "ecb", "eurofxref-hist.csv");
var outPath = Path.Combine(root, "src", "MigDev.Core", "Rates", "Data", "ecb-eurofxref.bin");

var lines = File.ReadAllLines(csvPath);
var header = lines[0].Split(',');
var currencies = header.Skip(1).Where(h => h.Length > 0).ToArray();
var rows = lines.Skip(1)
    .Where(l => l.Length > 0)
    .Select(l => l.Split(','))
    .Select(f => (Date: DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), Values: f.Skip(1).Take(currencies.Length).ToArray()))
    .OrderBy(r => r.Date)
    .ToList();
if (rows.Select(r => r.Date).Distinct().Count() != rows.Count)
{
    throw new InvalidDataException("The CSV repeats a date.");
}

using var buffer = new MemoryStream();
using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
using (var w = new BinaryWriter(deflate))
{
    w.Write("MDFX"u8);
    w.Write((byte)1);
    WriteVarint(w, (ulong)rows.Count);
    WriteVarint(w, (ulong)rows[0].Date.DayNumber);
    for (var i = 1; i < rows.Count; i++)
    {
        WriteVarint(w, (ulong)(rows[i].Date.DayNumber - rows[i - 1].Date.DayNumber));
    }
    w.Write(checked((byte)currencies.Length));
    foreach (var code in currencies)
    {
        w.Write(System.Text.Encoding.ASCII.GetBytes(code));
    }
    for (var c = 0; c < currencies.Length; c++)
    {
        long previous = 0;
        foreach (var row in rows)
        {
            var text = row.Values[c];
            if (text == "N/A" || text.Length == 0)
            {
                w.Write((byte)0);
                continue;
            }
            var point = text.IndexOf('.', StringComparison.Ordinal);
            var scale = point < 0 ? 0 : text.Length - point - 1;
            var mantissa = long.Parse(text.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
            if (mantissa <= 0 || mantissa >= 1L << 28 || scale > 7)
            {
                throw new InvalidDataException($"{currencies[c]} on {row.Date:yyyy-MM-dd}: '{text}' does not fit the format.");
            }
            w.Write((byte)(scale + 1));
            var delta = mantissa - previous;
            WriteVarint(w, (ulong)((delta << 1) ^ (delta >> 63)));
            previous = mantissa;
        }
    }
}
Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
File.WriteAllBytes(outPath, buffer.ToArray());
Console.WriteLine($"Wrote {rows.Count} dates x {currencies.Length} currencies ({rows[0].Date:yyyy-MM-dd} to {rows[^1].Date:yyyy-MM-dd}) to {Path.GetRelativePath(root, outPath)}: {buffer.Length:N0} bytes (CSV: {new FileInfo(csvPath).Length:N0} bytes).");

static void WriteVarint(BinaryWriter w, ulong value)
{
    while (value >= 0x80)
    {
        w.Write(unchecked((byte)(value | 0x80)));
        value >>= 7;
    }
    w.Write((byte)value);
}
