using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

public class ModelValidationExceptionTest
{
    private static readonly ValidationFault Unknown = new("programmes[0].partners[0].agency", "atlantis", "no agency has this id");
    private static readonly ValidationFault Duplicate = new("programmes[1].id", null, "duplicate id");

    [Fact]
    public void StandardConstructors_KeepMessageAndCauseWithNoFaults()
    {
        var plain = new ModelValidationException();
        Assert.Equal("The model is not valid.", plain.Message);
        Assert.Empty(plain.Faults);
        Assert.Equal("two programmes share an id", new ModelValidationException("two programmes share an id").Message);
        var cause = new InvalidOperationException("inner");
        var wrapped = new ModelValidationException("not valid", cause);
        Assert.Same(cause, wrapped.InnerException);
        Assert.Empty(wrapped.Faults);
    }

    [Fact]
    public void Constructor_Faults_ListsEveryFaultInOrder()
    {
        var ex = new ModelValidationException([Unknown, Duplicate]);
        Assert.Equal([Unknown, Duplicate], ex.Faults);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "The model has 2 faults:",
                "- programmes[0].partners[0].agency: 'atlantis': no agency has this id",
                "- programmes[1].id: duplicate id"),
            ex.Message);
    }

    [Fact]
    public void Constructor_OneFault_IsSingular()
    {
        var ex = new ModelValidationException([Unknown]);
        Assert.StartsWith("The model has 1 fault:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'atlantis'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TakesASnapshotOfTheFaults()
    {
        var faults = new List<ValidationFault> { Unknown };
        var ex = new ModelValidationException(faults);
        faults.Add(Duplicate);
        Assert.Equal([Unknown], ex.Faults);
    }

    [Fact]
    public void Constructor_NullFaults_ThrowsArgumentNull() =>
        Assert.Equal("faults", Assert.Throws<ArgumentNullException>(() => new ModelValidationException((IEnumerable<ValidationFault>)null!)).ParamName);

    [Fact]
    public void EnsureValid_ThrowsWithTheFaultsValidateFinds()
    {
        var model = WithTwoFaults();
        var faults = ModelValidator.Validate(model);
        Assert.Equal(2, faults.Length);

        var ex = Assert.Throws<ModelValidationException>(() => ModelValidator.EnsureValid(model));

        Assert.Equal(faults, ex.Faults);
        Assert.StartsWith("The model has 2 faults:", ex.Message, StringComparison.Ordinal);
        Assert.All(faults, f => Assert.Contains(f.ToString(), ex.Message, StringComparison.Ordinal));
        Assert.Contains("'atlantis'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'elsewhere'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureValid_TheEmbeddedCatalog_DoesNotThrow()
    {
        var model = MigDevCatalog.Default.Model;
        ModelValidator.EnsureValid(model);
        Assert.Empty(ModelValidator.Validate(model));
        Assert.NotEmpty(model.Commitments);
    }

    /// <summary>A model with a partner that is no agency and a commitment to a programme that does not exist.</summary>
    private static MigDevModel WithTwoFaults() => Fixtures.Model(
        [new Programme(ProgrammeId.Parse("p"), "P") { Partners = [new(AgencyId.Parse("atlantis"), OrganisationRole.Funding)] }],
        [new FundingCommitment([new(AgencyId.Parse("undp"))], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR)) { Programme = ProgrammeId.Parse("elsewhere") }]);
}
