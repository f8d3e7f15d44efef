using System.Reflection;

namespace MigDev.Core.Tests;

/// <summary>Rules over every public type of the library (NodaTime's consistency tests idea).</summary>
public class ConsistencyTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Money).Assembly.GetExportedTypes()];

    public static TheoryData<string> PublicTypeNames => [.. PublicTypes.Select(t => t.FullName!)];

    [Fact]
    public void ValidateTestData_TheLibraryHasPublicTypes() =>
        Assert.Contains(typeof(Money), PublicTypes);

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void EquatableTypes_HaveEqualityOperators(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == type))
        {
            Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
            Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void ComparableTypes_HaveOrderingOperators(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>)))
        {
            foreach (var op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
            {
                Assert.NotNull(type.GetMethod(op, [type, type]));
            }
            Assert.True(typeof(IComparable).IsAssignableFrom(type), $"{type} implements IComparable<T> but not IComparable");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Exceptions_AreSealed(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (typeof(Exception).IsAssignableFrom(type))
        {
            Assert.True(type.IsSealed, $"{type} must be sealed");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Structs_AreReadOnlyAndHaveADefaultTest(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (!type.IsValueType || type.IsEnum)
        {
            return;
        }
        Assert.True(type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), $"{type} must be a readonly struct");
        var testClass = typeof(ConsistencyTests).Assembly.GetType($"MigDev.Core.Tests.{type.Name}Test");
        Assert.NotNull(testClass);
        Assert.Contains(testClass.GetMethods(), m => m.Name.StartsWith("Default_", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Classes_AreSealedOrStatic(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (type.IsClass)
        {
            // A closed hierarchy (the IATI elements) is allowed: no constructor a user could call to derive a class.
            var derivable = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly);
            Assert.True(type.IsSealed || !derivable, $"{type} must be sealed (or static), or have no constructor outside the assembly");
        }
    }

    // Public types with no behaviour of their own: data read from IATI XML (properties set by the reader, nothing to
    // check but what IatiReaderTest and IatiImporterTest read from the real files) and the rule ids (constants).
    private static readonly HashSet<string> WithoutBehaviour = new(StringComparer.Ordinal)
    {
        "IatiBudget", "IatiDescription", "IatiElement", "IatiOrganisation", "IatiOtherIdentifier", "IatiParticipatingOrg",
        "IatiRecipientCountry", "IatiRecipientRegion", "IatiRelatedActivity", "IatiTransaction", "IatiRuleIds",
    };

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void TypesWithBehaviour_HaveATestClassNamedForThem(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (type.IsEnum || type.IsInterface || WithoutBehaviour.Contains(type.Name))
        {
            return;
        }
        // A generic type's test class is named without the arity: StrictEnumJsonConverterTest.
        var name = type.IsGenericTypeDefinition ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        var testClasses = typeof(ConsistencyTests).Assembly.GetTypes().Where(t => t.Name == name + "Test").ToList();
        Assert.True(testClasses.Count == 1, $"{type} needs a test class {name}Test (docs/contributing.md)");
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void JsonConverterAttributes_NamePublicConvertersAnotherAssemblyCanCreate(string typeName)
    {
        // A source-generated context in another assembly creates the converter itself (SYSLIB1220 otherwise).
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>() is not { ConverterType: { } converter })
        {
            return;
        }
        Assert.True(converter.IsVisible && converter.IsSealed, $"{type}'s converter {converter} must be public and sealed");
        Assert.NotNull(converter.GetConstructor(Type.EmptyTypes));
    }

    [Fact]
    public void WithoutBehaviour_ListsOnlyPublicTypes() =>
        Assert.All(WithoutBehaviour, name => Assert.Contains(PublicTypes, t => t.Name == name));
}
