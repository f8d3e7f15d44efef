using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>A <c>budget</c>: money planned for a period.</summary>
public sealed class IatiBudget : IatiElement
{
    internal IatiBudget(string element, int? lineNumber, int type, int status, LocalDate? start, LocalDate? end, Money? value, LocalDate? valueDate, string valueElement)
        : base(element, lineNumber)
    {
        Type = type;
        Status = status;
        Start = start;
        End = end;
        Value = value;
        ValueDate = valueDate;
        ValueElement = valueElement;
    }

    /// <summary>Gets the IATI BudgetType: 1 Original, 2 Revised (1 when the file does not say).</summary>
    public int Type { get; }

    /// <summary>Gets the IATI BudgetStatus: 1 Indicative, 2 Committed (1 when the file does not say).</summary>
    public int Status { get; }

    /// <summary>Gets the first day of the period, or <see langword="null"/> when missing or unreadable.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the last day of the period, or <see langword="null"/> when missing or unreadable.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the amount, or <see langword="null"/> when it has no readable value or currency (a finding says
    /// which).</summary>
    public Money? Value { get; }

    /// <summary>Gets the <c>value/@value-date</c>, the day whose exchange rate applies.</summary>
    public LocalDate? ValueDate { get; }

    internal string ValueElement { get; }
}
