using System.Collections.Immutable;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// What layering a loaded ECB file over a history gave (<see cref="EcbExchangeRateProvider.Layer(EcbRateFile)"/>):
/// the combined provider, the publications the file added, and every rate on which the two disagree.
/// </summary>
/// <remarks>
/// <para>A disagreement does not fail the layering: a user checking a file wants to see every one, typed, not the
/// first only. The provider keeps the history's rate where they disagree (the history is what was there before, and
/// a file can be corrupt); call <see cref="ThrowIfDisagreements"/> to refuse the file instead.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class EcbLayerResult
{
    internal EcbLayerResult(EcbExchangeRateProvider provider, string sourceName, int addedPublications, int comparedRates, ImmutableArray<EcbRateDisagreement> disagreements)
    {
        Provider = provider;
        SourceName = sourceName;
        AddedPublications = addedPublications;
        ComparedRates = comparedRates;
        Disagreements = disagreements;
    }

    /// <summary>Gets the combined provider: the history, with the file's publications outside the history's dates
    /// added.</summary>
    public EcbExchangeRateProvider Provider { get; }

    /// <summary>Gets the name of the file layered.</summary>
    public string SourceName { get; }

    /// <summary>Gets the number of publication dates the file added (those after the history's last date, or before
    /// its first).</summary>
    public int AddedPublications { get; }

    /// <summary>Gets the number of rates compared: on the dates both cover, each (date, currency) that either side
    /// has a rate for.</summary>
    public int ComparedRates { get; }

    /// <summary>Gets every disagreement, by date then by currency (ordinal).</summary>
    public ImmutableArray<EcbRateDisagreement> Disagreements { get; }

    /// <summary>Gets the last publication date of the combined provider.</summary>
    public LocalDate LastDate => Provider.LastDate;

    /// <summary>Throws when the file disagrees with the history anywhere, listing every disagreement.</summary>
    /// <exception cref="MigDevDataException">There is at least one disagreement; <see cref="MigDevDataException.Faults"/>
    /// has one fault per disagreement, its path the date and pair, its value the file's rate.</exception>
    public void ThrowIfDisagreements()
    {
        if (Disagreements.IsEmpty)
        {
            return;
        }
        var faults = Disagreements.Select(d => new ValidationFault(
            $"{d.Date:yyyy-MM-dd} EUR→{d.Currency}",
            d.FileRate?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"the file's rate disagrees with the history's ({d})"));
        throw new MigDevDataException(SourceName, faults, null);
    }
}
