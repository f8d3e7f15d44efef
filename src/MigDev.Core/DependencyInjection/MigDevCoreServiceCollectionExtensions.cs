using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MigDev.Core;
using NodaTime;
using MigDev.Core.DependencyInjection;
using MigDev.Core.Catalog;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers MigDev.Core's services in a host's container.</summary>
public static class MigDevCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons and only where the host has not registered its own (<c>TryAdd</c>): the
    /// <see cref="MigDevCatalog"/> (the embedded one, or your document as <paramref name="configure"/> says), its
    /// <see cref="AgencyDirectory"/>, the <see cref="IExchangeRateProvider"/> (the official fixed euro rates and the ECB's
    /// history, with your own tables and files as the options say, as one <see cref="CompositeExchangeRateProvider"/>), a
    /// <see cref="CurrencyConverter"/> over whichever provider is registered, an <see cref="EcbRateRefresher"/> when
    /// <see cref="MigDevCoreOptions.EcbCachePath"/> is set, and NodaTime's <see cref="IClock"/> (the system clock).
    /// </summary>
    /// <remarks>
    /// <para>The options are checked here: a bad one throws at once, naming the option and its value. The catalog and
    /// the rate files are loaded when first resolved (a bad document or file throws <see cref="MigDevDataException"/>
    /// then). Nothing goes to the network unless you call the refresher.</para>
    /// <para>A second call is harmless when its options are the same (nothing more is registered); with different
    /// options it throws <see cref="InvalidOperationException"/>, since one of the two catalogs would be ignored
    /// silently otherwise.</para>
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> for the defaults (the embedded catalog).</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is not valid; the message names it and its value.</exception>
    /// <exception cref="InvalidOperationException">MigDev.Core was registered before with other options.</exception>
    public static IServiceCollection AddMigDevCore(this IServiceCollection services, Action<MigDevCoreOptions>? configure = null)
    {
        Guard.Against.Null(services, message: "AddMigDevCore needs the service collection to register in, was null.");
        var options = new MigDevCoreOptions();
        configure?.Invoke(options);
        options.Validate();

        var previous = services.FirstOrDefault(d => d.ServiceType == typeof(MigDevCoreRegistration))?.ImplementationInstance as MigDevCoreRegistration;
        if (previous is not null)
        {
            return previous.Options.SameAs(options)
                ? services
                : throw new InvalidOperationException("AddMigDevCore was called before with other options (another catalog document): register MigDev.Core once, or with the same options.");
        }
        var frozen = options.Copy();
        services.AddSingleton(new MigDevCoreRegistration(frozen));
        services.TryAddSingleton(_ => frozen.LoadCatalog());
        services.TryAddSingleton(sp => sp.GetRequiredService<MigDevCatalog>().Model.Agencies);
        services.TryAddSingleton(_ => frozen.BuildRates());
        if (frozen is { EcbCachePath: { } cachePath, EcbHttpClient: { } httpClient })
        {
            services.TryAddSingleton(sp => new EcbRateRefresher(httpClient(sp), cachePath));
        }
        services.TryAddSingleton(sp => new CurrencyConverter(sp.GetRequiredService<IExchangeRateProvider>()));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }

    // The options of the first call, to tell a repeated call from a conflicting one.
    private sealed class MigDevCoreRegistration(MigDevCoreOptions options)
    {
        public MigDevCoreOptions Options { get; } = options;
    }
}
