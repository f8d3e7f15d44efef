using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

public class MigDevDataExceptionTest
{
    private static readonly ValidationFault Unknown = new("$.programmes[0].partners[0].agency", "atlantis", "no agency has this id");
    private static readonly ValidationFault Duplicate = new("$.programmes[1].id", null, "duplicate id");

    [Fact]
    public void StandardConstructors_KeepMessageAndCauseWithoutData()
    {
        var plain = new MigDevDataException();
        Assert.Equal("The data is not valid.", plain.Message);
        Assert.Null(plain.SourceName);
        Assert.Null(plain.Path);
        Assert.Null(plain.Value);
        Assert.Empty(plain.Faults);
        Assert.Equal("catalog.json is empty", new MigDevDataException("catalog.json is empty").Message);
        var cause = new IOException("disk");
        var wrapped = new MigDevDataException("catalog.json unreadable", cause);
        Assert.Same(cause, wrapped.InnerException);
        Assert.Empty(wrapped.Faults);
    }

    [Fact]
    public void Constructor_ValueAtAPath_NamesSourcePathValueAndReason()
    {
        var reason = Assert.Throws<FormatException>(() => CurrencyCode.Parse("XYZ"));

        var ex = new MigDevDataException("user.json", "$.commitments[0].amount.currency", "XYZ", reason);

        Assert.Equal("user.json", ex.SourceName);
        Assert.Equal("$.commitments[0].amount.currency", ex.Path);
        Assert.Equal("XYZ", ex.Value);
        Assert.Same(reason, ex.InnerException);
        Assert.Equal($"user.json: $.commitments[0].amount.currency = 'XYZ': {reason.Message}", ex.Message);
        Assert.Equal([new ValidationFault("$.commitments[0].amount.currency", "XYZ", reason.Message)], ex.Faults);
    }

    [Fact]
    public void Constructor_NoValueNoReason_SaysNotValid()
    {
        var ex = new MigDevDataException("user.json", "$.programmes[0]", null, null);
        Assert.Null(ex.Value);
        Assert.Null(ex.InnerException);
        Assert.Equal("user.json: $.programmes[0]: ", ex.Message);
        Assert.Equal([new ValidationFault("$.programmes[0]", null, "not valid")], ex.Faults);
    }

    [Fact]
    public void Constructor_Faults_ListsEachAndTakesPathAndValueFromTheFirst()
    {
        var cause = new ModelValidationException([Unknown, Duplicate]);

        var ex = new MigDevDataException("user.json", [Unknown, Duplicate], cause);

        Assert.Equal("user.json", ex.SourceName);
        Assert.Equal(Unknown.Path, ex.Path);
        Assert.Equal("atlantis", ex.Value);
        Assert.Equal([Unknown, Duplicate], ex.Faults);
        Assert.Same(cause, ex.InnerException);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "user.json: 2 faults:",
                "  $.programmes[0].partners[0].agency: 'atlantis': no agency has this id",
                "  $.programmes[1].id: duplicate id"),
            ex.Message);
        Assert.StartsWith("user.json: 1 fault:", new MigDevDataException("user.json", [Duplicate], null).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoFaults_ThrowsNamingTheParameter()
    {
        Assert.Equal("faults", Assert.Throws<ArgumentException>(() => new MigDevDataException("user.json", Array.Empty<ValidationFault>(), null)).ParamName);
        Assert.Equal("faults", Assert.Throws<ArgumentNullException>(() => new MigDevDataException("user.json", (IEnumerable<ValidationFault>)null!, null)).ParamName);
    }

    [Fact]
    public void ThrownByTheCatalog_ForABadCurrency_NamesSourcePathAndValue()
    {
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(
            """{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1,"currency":"XYZ"}}]}""", "user.json"));
        Assert.Equal("user.json", ex.SourceName);
        Assert.StartsWith("$.commitments[0].amount", ex.Path, StringComparison.Ordinal);
        Assert.Contains("XYZ", ex.Message, StringComparison.Ordinal);
        var fault = Assert.Single(ex.Faults);
        Assert.Equal(ex.Path, fault.Path);
        Assert.Equal(ex.Value, fault.Value);
    }

    [Fact]
    public void ThrownByTheCatalog_ForWholeModelFaults_WrapsTheModelValidationException()
    {
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(
            """
            {"formatVersion":1,
             "agencies":[{"id":"undp","name":"UNDP","kind":"UnFundOrProgramme"}],
             "programmes":[{"id":"p","name":"P","partners":[{"agency":"atlantis","role":"Funding"}]}],
             "commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1,"currency":"EUR"},"programme":"elsewhere"}]}
            """,
            "user.json"));
        var inner = Assert.IsType<ModelValidationException>(ex.InnerException);
        Assert.Equal(2, ex.Faults.Length);
        Assert.Equal(["atlantis", "elsewhere"], ex.Faults.Select(f => f.Value).Order(StringComparer.Ordinal));
        Assert.Equal(inner.Faults.Select(f => f.Rule), ex.Faults.Select(f => f.Rule));
        Assert.Equal(ex.Faults[0].Path, ex.Path);
        Assert.StartsWith("user.json: 2 faults:", ex.Message, StringComparison.Ordinal);
        Assert.All(ex.Faults, f => Assert.Contains(f.ToString(), ex.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyPathOrEmptyReason_StillGivesAReport_NotAnotherError()
    {
        var atRoot = new MigDevDataException("user.json", "", "v", new FormatException("bad"));
        Assert.Equal("$", Assert.Single(atRoot.Faults).Path);
        Assert.Contains("bad", atRoot.Message, StringComparison.Ordinal);
        var noReason = new MigDevDataException("user.json", "$.x", "v", new InvalidOperationException(""));
        Assert.Equal("not valid", Assert.Single(noReason.Faults).Rule);
        Assert.Equal("$.x", noReason.Path);
    }
}
