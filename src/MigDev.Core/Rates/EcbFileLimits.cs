using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// The limits an ECB file must keep to be loaded (<see cref="EcbRateFile"/>): its size, its number of publication
/// dates and of currencies. A file beyond a limit is refused with a <see cref="MigDevDataException"/> before more of
/// it is read, so that a wrong or hostile download cannot take the memory of the process.
/// </summary>
/// <remarks>
/// <para>The defaults fit the ECB's own files with room to grow: its whole history (<c>eurofxref-hist.csv</c>) was
/// 1.9 MB, 6,983 publication dates and 41 currencies on 2026-04-13; its XML history about 3.5 times that size.</para>
/// <para>Fixed limits, not settable: a date from 1999-01-04 (the euro's first reference rates) to 2100-12-31; a rate
/// positive, with at most 7 decimals and an integer mantissa below 2^28 (the largest mantissa in the ECB's history,
/// 2,387,493, is far inside); at most 127 currencies and 65,535 dates in one table.</para>
/// <para>Immutable: set the limits with an object initializer, <c>new EcbFileLimits { MaxFileBytes = 8_000_000 }</c>.</para>
/// </remarks>
public sealed class EcbFileLimits
{
    private readonly long _maxFileBytes = 64L * 1024 * 1024;
    private readonly int _maxPublications = 20_000;
    private readonly int _maxCurrencies = 64;

    /// <summary>Gets the default limits: 64 MiB, 20,000 publication dates, 64 currencies.</summary>
    public static EcbFileLimits Default { get; } = new();

    /// <summary>Gets the largest file, in bytes, that is read: for a zip, both the zip and the file inside it (the
    /// inflated size is counted as it is read, not taken from the zip's header). Default 64 MiB; between 1 KiB and
    /// 1 GiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 KiB to 1 GiB.</exception>
    public long MaxFileBytes
    {
        get => _maxFileBytes;
        init
        {
            Guard.Against.InvalidNumber(value is < 1024 or > 1024L * 1024 * 1024, value, $"MaxFileBytes must be between 1 KiB and 1 GiB, was {value}.", nameof(MaxFileBytes));
            _maxFileBytes = value;
        }
    }

    /// <summary>Gets the most publication dates (rows of the CSV, <c>Cube time</c> elements of the XML). Default
    /// 20,000 (the ECB publishes about 256 a year: enough until about 2077); between 1 and 65,535.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 65,535.</exception>
    public int MaxPublications
    {
        get => _maxPublications;
        init => _maxPublications = Guard.Against.OutOfRange(value, 1, EcbRateTable.MaxDates, nameof(MaxPublications));
    }

    /// <summary>Gets the most currencies (columns of the CSV, distinct <c>currency</c> attributes of the XML). Default
    /// 64 (the ECB has published 41); between 1 and 127.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 127.</exception>
    public int MaxCurrencies
    {
        get => _maxCurrencies;
        init => _maxCurrencies = Guard.Against.OutOfRange(value, 1, EcbRateTable.MaxCurrencies, nameof(MaxCurrencies));
    }
}
