namespace MigDev.Core.Tests.Contracts;

/// <summary>Checks CompareTo, IComparable and the four ordering operators agree, for lesser &lt; equal == greater.</summary>
internal static class ComparisonContract
{
    public static void AssertStruct<T>(T lesser, T equal, T greater)
        where T : struct, IComparable<T>, IComparable
    {
        Assert.True(lesser.CompareTo(equal) < 0, $"{lesser} < {equal}");
        Assert.True(greater.CompareTo(equal) > 0, $"{greater} > {equal}");
        Assert.Equal(0, equal.CompareTo(equal));
        Assert.True(((IComparable)lesser).CompareTo(equal) < 0);
        Assert.Equal(1, ((IComparable)equal).CompareTo(null));
        var wrongType = Assert.Throws<ArgumentException>(() => ((IComparable)equal).CompareTo("text"));
        Assert.Equal("obj", wrongType.ParamName);

        Assert.True(EqualityContract.Operator(lesser, equal, "op_LessThan"));
        Assert.False(EqualityContract.Operator(equal, equal, "op_LessThan"));
        Assert.False(EqualityContract.Operator(greater, equal, "op_LessThan"));
        Assert.True(EqualityContract.Operator(lesser, equal, "op_LessThanOrEqual"));
        Assert.True(EqualityContract.Operator(equal, equal, "op_LessThanOrEqual"));
        Assert.False(EqualityContract.Operator(greater, equal, "op_LessThanOrEqual"));
        Assert.True(EqualityContract.Operator(greater, equal, "op_GreaterThan"));
        Assert.False(EqualityContract.Operator(equal, equal, "op_GreaterThan"));
        Assert.False(EqualityContract.Operator(lesser, equal, "op_GreaterThan"));
        Assert.True(EqualityContract.Operator(greater, equal, "op_GreaterThanOrEqual"));
        Assert.True(EqualityContract.Operator(equal, equal, "op_GreaterThanOrEqual"));
        Assert.False(EqualityContract.Operator(lesser, equal, "op_GreaterThanOrEqual"));
    }

    /// <summary>Checks that comparing <c>default</c> with a value, either way, by CompareTo or an operator, throws
    /// <see cref="InvalidOperationException"/> naming the type (docs/design-decisions.md).</summary>
    public static void AssertDefaultRefused<T>(T value)
        where T : struct, IComparable<T>
    {
        var name = typeof(T).Name;
        Assert.Contains($"default({name})", Assert.Throws<InvalidOperationException>(() => default(T).CompareTo(value)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => value.CompareTo(default));
        foreach (var op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
        {
            var e = Assert.Throws<System.Reflection.TargetInvocationException>(() => EqualityContract.Operator(default(T), value, op));
            Assert.IsType<InvalidOperationException>(e.InnerException);
        }
    }
}
