using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Compares amounts for change tracking by their exact representation: <c>1.5</c> and <c>1.50</c> differ, as do
/// <c>0</c> and <c>-0</c>, so that changing an amount's scale is saved (EF Core's default compares by value and would
/// not see the change).
/// </summary>
public sealed class ExactDecimalComparer : ValueComparer<decimal>
{
    /// <summary>Initializes the comparer.</summary>
    public ExactDecimalComparer()
        : base(
            (left, right) => left == right && left.Scale == right.Scale && decimal.IsNegative(left) == decimal.IsNegative(right),
            value => HashCode.Combine(value, value.Scale),
            value => value)
    {
    }
}
