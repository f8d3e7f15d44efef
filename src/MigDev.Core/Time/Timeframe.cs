using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// A period as precise as its source and no more: "from 2009 to 2011" (two years), "since 2011" or "starting in 2008"
/// (an open end), "December 2012" onwards, "four-year" or "funded over three years" (a duration only), or a start with
/// a duration.
/// </summary>
/// <remarks>
/// <para>Ends are inclusive <see cref="PartialDate"/>s. Whether a day falls within a timeframe can be uncertain:
/// "since 2012" does not say whether 2012-03-01 is in. <see cref="Covers"/> answers <see langword="true"/>,
/// <see langword="false"/>, or <see langword="null"/> for "the source does not say".</para>
/// <para>Text form, after ISO 8601 intervals: <c>2009/2011</c>, <c>2011/..</c> (open end), <c>../2010-06</c>,
/// <c>P4Y</c> (duration only), <c>2008/P4Y</c> (start and duration).</para>
/// <para>Equality compares start, end and duration. Immutable; safe to share across threads.</para>
/// </remarks>
[JsonConverter(typeof(TimeframeJsonConverter))]
public sealed class Timeframe : IEquatable<Timeframe>
{
    /// <summary>Initializes a timeframe from what the source states: a start, an end, a duration, or some of them.</summary>
    /// <param name="start">The first (partial) date, or <see langword="null"/> when not stated.</param>
    /// <param name="end">The last (partial) date, inclusive, or <see langword="null"/> for an open or unstated end.</param>
    /// <param name="duration">The length, such as four years, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Nothing is given; a date is <c>default</c>; the end is before the start;
    /// or the duration is not positive; the message gives the values.</exception>
    public Timeframe(PartialDate? start, PartialDate? end = null, Period? duration = null)
    {
        Guard.Against.Invalid(start is null && end is null && duration is null, "A timeframe needs a start, an end or a duration.", nameof(start));
        Guard.Against.DefaultValue(start);
        Guard.Against.DefaultValue(end);
        Guard.Against.Invalid(start is { } s && end is { } e && e.LastDay < s.FirstDay, $"The end {end} is before the start {start}.", nameof(end));
        Guard.Against.Invalid(duration is not null && (duration.HasTimeComponent || duration.Years < 0 || duration.Months < 0 || duration.Weeks < 0 || duration.Days < 0 || duration.Equals(Period.Zero)), $"A duration must be a positive number of years, months, weeks or days, was {duration}.", nameof(duration));
        Start = start;
        End = end;
        Duration = duration?.Normalize();
    }

    /// <summary>Gets the start, or <see langword="null"/> when the source states none.</summary>
    public PartialDate? Start { get; }

    /// <summary>Gets the inclusive end, or <see langword="null"/> when open or unstated.</summary>
    public PartialDate? End { get; }

    /// <summary>Gets the stated duration, or <see langword="null"/>; kept normalized, weeks as days (<c>P1W</c> is
    /// <c>P7D</c>), so that the text form reads back to an equal timeframe.</summary>
    public Period? Duration { get; }

    /// <summary>Compares two timeframes.</summary>
    /// <param name="left">The first timeframe.</param>
    /// <param name="right">The second timeframe.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Timeframe? left, Timeframe? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two timeframes.</summary>
    /// <param name="left">The first timeframe.</param>
    /// <param name="right">The second timeframe.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Timeframe? left, Timeframe? right) => !(left == right);

    /// <summary>Returns the timeframe from a start to an inclusive end: "from 2009 to 2011".</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The timeframe.</returns>
    /// <exception cref="ArgumentException">The end is before the start, or a date is <c>default</c>.</exception>
    public static Timeframe Between(PartialDate start, PartialDate end) => new(start, end);

    /// <summary>Returns the open-ended timeframe from a start: "since 2011", "starting in 2008".</summary>
    /// <param name="start">The start.</param>
    /// <returns>The timeframe.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is <c>default</c>.</exception>
    public static Timeframe Since(PartialDate start) => new(start);

    /// <summary>Returns a timeframe known only by its length: "four-year", "over three years".</summary>
    /// <param name="duration">The length.</param>
    /// <returns>The timeframe.</returns>
    /// <exception cref="ArgumentException"><paramref name="duration"/> is not positive.</exception>
    public static Timeframe OfDuration(Period duration)
    {
        ArgumentNullException.ThrowIfNull(duration);
        return new(null, null, duration);
    }

    /// <summary>Tries to parse a timeframe written as <see cref="Parse"/> reads it.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The timeframe, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the text is a timeframe.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Timeframe? result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }
        try
        {
            result = Parse(s);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Parses the text form: <c>2009/2011</c>, <c>2011/..</c>, <c>../2010-06</c>, <c>2007-03-07</c> (one
    /// date: start and end), <c>P4Y</c> or <c>2008/P4Y</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The timeframe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not of those forms, or describes no valid timeframe; the message
    /// quotes it.</exception>
    public static Timeframe Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        try
        {
            var parts = s.Split('/');
            if (parts.Length == 1)
            {
                return s.StartsWith('P') ? OfDuration(PeriodPattern.NormalizingIso.Parse(s).Value) : Between(PartialDate.Parse(s), PartialDate.Parse(s));
            }
            if (parts.Length != 2 || (parts[0] == ".." && parts[1] == ".."))
            {
                throw new FormatException("expected start/end");
            }
            PartialDate? start = parts[0] == ".." ? null : PartialDate.Parse(parts[0]);
            if (parts[1].StartsWith('P'))
            {
                return new Timeframe(start ?? throw new FormatException("a duration needs a start"), null, PeriodPattern.NormalizingIso.Parse(parts[1]).Value);
            }
            PartialDate? end = parts[1] == ".." ? null : PartialDate.Parse(parts[1]);
            return new Timeframe(start, end);
        }
        catch (Exception ex) when (ex is FormatException or UnparsableValueException or ArgumentException)
        {
            throw new FormatException($"'{s}' is not a timeframe: expected start/end with partial dates or '..' (2009/2011, 2011/..), a duration (P4Y) or start/duration (2008/P4Y). {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Answers whether a day falls within the timeframe: <see langword="true"/> when it certainly does,
    /// <see langword="false"/> when it certainly does not, <see langword="null"/> when the source's precision leaves it
    /// open ("since 2012" and 2012-03-01) or only a duration is known.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The answer.</returns>
    public bool? Covers(LocalDate date)
    {
        if (Start is null && End is null)
        {
            return null;
        }
        var (endFirst, endLast) = EndBounds();
        if ((Start is { } s && date < s.FirstDay) || (endLast is { } last && date > last))
        {
            return false;
        }
        var afterStart = Start is not { } st || date >= st.LastDay;
        var beforeEnd = endFirst is not { } first || date <= first;
        return afterStart && beforeEnd ? true : null;
    }

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other timeframe.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Timeframe? other) =>
        other is not null && Start == other.Start && End == other.End && Equals(Duration, other.Duration);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Timeframe other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, Duration);

    /// <summary>Returns the text form, such as <c>2009/2011</c>, <c>2011/..</c> or <c>P4Y</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var duration = Duration is null ? null : PeriodPattern.NormalizingIso.Format(Duration);
        if (Start is null && End is null)
        {
            return duration!;
        }
        if (Start is { } s && End is { } e && s == e)
        {
            return s.ToString();
        }
        var right = End?.ToString() ?? duration ?? "..";
        return $"{Start?.ToString() ?? ".."}/{right}";
    }

    // The days the end may be: the stated end, or the start plus the duration.
    private (LocalDate? First, LocalDate? Last) EndBounds()
    {
        if (End is { } e)
        {
            return (e.FirstDay, e.LastDay);
        }
        if (Start is { } s && Duration is not null)
        {
            return (s.FirstDay.Plus(Duration).PlusDays(-1), s.LastDay.Plus(Duration).PlusDays(-1));
        }
        return (null, null);
    }
}
