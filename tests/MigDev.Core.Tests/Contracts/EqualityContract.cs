namespace MigDev.Core.Tests.Contracts;

/// <summary>Checks the whole equality contract of a value at once (NodaTime's TestHelper idea).</summary>
internal static class EqualityContract
{
    public static void AssertStruct<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        Assert.True(value.Equals(equalValue), $"{value}.Equals({equalValue})");
        Assert.True(value.Equals((object)equalValue), $"{value}.Equals((object){equalValue})");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.True(Operator(value, equalValue, "op_Equality"), $"{value} == {equalValue}");
        Assert.False(Operator(value, equalValue, "op_Inequality"), $"{value} != {equalValue}");
        Assert.False(value.Equals(null), "Equals(null)");
        Assert.False(value.Equals(new object()), "Equals(other type)");
        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"{value}.Equals({unequal})");
            Assert.False(value.Equals((object)unequal), $"{value}.Equals((object){unequal})");
            Assert.False(Operator(value, unequal, "op_Equality"), $"{value} == {unequal}");
            Assert.True(Operator(value, unequal, "op_Inequality"), $"{value} != {unequal}");
        }
    }

    public static void AssertClass<T>(T value, T equalValue, params T[] unequalValues)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(value, equalValue);
        Assert.True(value.Equals(equalValue));
        Assert.True(value.Equals((object)equalValue));
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.True(Operator(value, equalValue, "op_Equality"));
        Assert.False(Operator(value, equalValue, "op_Inequality"));
        Assert.False(value.Equals((T?)null));
        Assert.False(value.Equals((object?)null));
        Assert.False(Operator(value, null, "op_Equality"));
        Assert.True(Operator<T>(null, null, "op_Equality"));
        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"{value}.Equals({unequal})");
            Assert.False(Operator(value, unequal, "op_Equality"));
            Assert.True(Operator(value, unequal, "op_Inequality"));
        }
    }

    internal static bool Operator<T>(T? left, T? right, string name)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)]) ?? typeof(T).GetMethod(name);
        Assert.NotNull(method);
        return (bool)method.Invoke(null, [left, right])!;
    }
}
