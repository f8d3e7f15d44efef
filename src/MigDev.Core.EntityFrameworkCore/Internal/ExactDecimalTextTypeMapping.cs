using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Storage;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>
/// A <see cref="Money"/> amount in a database without an exact numeric (SQLite, whose provider maps <c>decimal</c> to
/// <c>TEXT</c>): the column holds the exact text (every digit, the scale, the sign of a negative zero: <c>1.50</c>,
/// <c>-0.00</c>), and the mapping stays a <c>decimal</c> one, with no value converter, so that the provider still
/// translates comparisons and sums with its exact decimal functions (SQLite's <c>ef_compare</c>, <c>ef_sum</c>) rather
/// than comparing text or summing in floating point.
/// </summary>
/// <remarks>Reading goes through the text and <see cref="DecimalColumn.Parse"/>, so that a bad row is a
/// <see cref="MigDevDatabaseValueException"/> naming the table and column; writing checks a precision and scale set on
/// the property (<see cref="DecimalColumn.Check"/>).</remarks>
internal sealed class ExactDecimalTextTypeMapping : RelationalTypeMapping
{
    private static readonly MethodInfo GetString = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetString), [typeof(int)])!;
    private static readonly MethodInfo Parse = typeof(DecimalColumn).GetMethod(nameof(DecimalColumn.Parse))!;

    private readonly int? _precision;
    private readonly int? _scale;
    private readonly string? _table;
    private readonly string? _column;

    public ExactDecimalTextTypeMapping(string storeType, int? precision, int? scale, string? table, string? column)
        : this(new RelationalTypeMappingParameters(new CoreTypeMappingParameters(typeof(decimal), comparer: new ExactDecimalComparer()), storeType, StoreTypePostfix.None, System.Data.DbType.String), precision, scale, table, column)
    {
    }

    private ExactDecimalTextTypeMapping(RelationalTypeMappingParameters parameters, int? precision, int? scale, string? table, string? column)
        : base(parameters)
    {
        _precision = precision;
        _scale = scale;
        _table = table;
        _column = column;
    }

    /// <inheritdoc/>
    public override MethodInfo GetDataReaderMethod() => GetString;

    /// <inheritdoc/>
    public override Expression CustomizeDataReaderExpression(Expression expression) =>
        Expression.Call(Parse, expression, Expression.Constant(_table, typeof(string)), Expression.Constant(_column, typeof(string)));

    /// <inheritdoc/>
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) =>
        new ExactDecimalTextTypeMapping(parameters, _precision, _scale, _table, _column);

    /// <inheritdoc/>
    protected override void ConfigureParameter(DbParameter parameter)
    {
        if (parameter.Value is decimal value)
        {
            parameter.Value = DecimalColumn.CheckedText(value, _precision, _scale, _table, _column);
        }
        base.ConfigureParameter(parameter);
    }

    /// <inheritdoc/>
    protected override string GenerateNonNullSqlLiteral(object value) =>
        $"'{DecimalColumn.CheckedText(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), _precision, _scale, _table, _column)}'";
}
