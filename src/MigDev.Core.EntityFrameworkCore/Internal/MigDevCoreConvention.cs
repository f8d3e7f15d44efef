using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>
/// When the model is finished: gives each property of one of the library's value types a converter that names its
/// table and column in its errors, and each <see cref="Money"/> amount the exact column the provider has (docs/database.md).
/// </summary>
internal sealed class MigDevCoreConvention(ITypeMappingSource typeMappingSource) : IModelFinalizingConvention, IComplexPropertyAddedConvention
{
    /// <summary>Maps <see cref="Money"/>'s two get-only properties through their getters (Money holds both in one
    /// 16-byte field, so there is no field per column to map); EF Core builds the value with the constructor
    /// <c>Money(amount, currency)</c>.</summary>
    public void ProcessComplexPropertyAdded(IConventionComplexPropertyBuilder propertyBuilder, IConventionContext<IConventionComplexPropertyBuilder> context)
    {
        var complexType = propertyBuilder.Metadata.ComplexType;
        if (complexType.ClrType != typeof(Money))
        {
            return;
        }
        foreach (var name in (string[])[nameof(Money.Amount), nameof(Money.Currency)])
        {
            complexType.Builder.Property(typeof(Money).GetProperty(name)!)?.UsePropertyAccessMode(PropertyAccessMode.PreferProperty);
        }
    }

    /// <inheritdoc/>
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            var store = StoreObjectIdentifier.Create(entityType, StoreObjectType.Table) ?? StoreObjectIdentifier.Create(entityType, StoreObjectType.View);
            Configure(entityType, store, store?.Name ?? entityType.DisplayName());
        }
    }

    private void Configure(IConventionTypeBase type, StoreObjectIdentifier? store, string table)
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            var column = (store is { } s ? property.GetColumnName(s) : null) ?? property.GetColumnName();
            if (ConverterFor(property, type, table, column) is { } converter)
            {
                property.SetValueConverter(converter);
                if (typeMappingSource.FindMapping((IProperty)property) is { } mapping)
                {
                    property.SetTypeMapping(mapping);
                }
            }
        }
        foreach (var complex in type.GetDeclaredComplexProperties())
        {
            Configure(complex.ComplexType, store, table);
        }
    }

    private ValueConverter? ConverterFor(IConventionProperty property, IConventionTypeBase type, string table, string column)
    {
        var existing = property.GetValueConverter();
        if (existing is not null && existing.GetType().Assembly != typeof(MigDevCoreConvention).Assembly)
        {
            return null; // the user's own converter wins
        }
        var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        return clrType switch
        {
            _ when clrType == typeof(CurrencyCode) => new CurrencyCodeConverter(table, column),
            _ when clrType == typeof(CountryCode) => new CountryCodeConverter(table, column),
            _ when clrType == typeof(AgencyId) => new AgencyIdConverter(table, column),
            _ when clrType == typeof(ProgrammeId) => new ProgrammeIdConverter(table, column),
            _ when clrType == typeof(PartialDate) => new PartialDateConverter(table, column),
            _ when clrType == typeof(Share) => new ShareConverter(table, column),
            _ when clrType == typeof(Timeframe) => new TimeframeConverter(table, column),
            _ when clrType == typeof(decimal) && type.ClrType == typeof(Money) => AmountConverter(property, table, column),
            // The enums of the whole-model rows (AddMigDevModel), by name; a user's own entities keep EF Core's default.
            { IsEnum: true } when type.ClrType.Assembly == typeof(MigDevCoreConvention).Assembly =>
                (ValueConverter)Activator.CreateInstance(typeof(EnumNameConverter<>).MakeGenericType(clrType), table, column)!,
            _ => null,
        };
    }

    // A Money amount: exact text where the provider has no exact numeric (SQLite maps decimal to TEXT), through a decimal
    // type mapping of our own so that its decimal functions still translate comparisons and sums; the provider's numeric
    // as it is where that is unconstrained (PostgreSQL's numeric); otherwise (38, 18) and a check. A precision or scale
    // the user set is checked on every provider.
    private DecimalRangeConverter? AmountConverter(IConventionProperty property, string table, string column)
    {
        property.SetValueComparer(new ExactDecimalComparer());
        var providerDecimal = typeMappingSource.FindMapping(typeof(decimal)) as RelationalTypeMapping;
        var (precision, scale) = (property.GetPrecision(), property.GetScale());
        if (providerDecimal?.StoreTypeNameBase.Equals("TEXT", StringComparison.OrdinalIgnoreCase) ?? false)
        {
            property.SetTypeMapping(new ExactDecimalTextTypeMapping(providerDecimal.StoreType, precision, scale, table, column));
            return null;
        }
        if (precision is null && scale is null && providerDecimal?.Precision is not null)
        {
            (precision, scale) = (38, 18);
            property.SetPrecision(precision);
            property.SetScale(scale);
        }
        return precision is null && scale is null ? null : new DecimalRangeConverter(precision, scale, table, column);
    }
}
