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
}
