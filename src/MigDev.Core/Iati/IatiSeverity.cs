namespace MigDev.Core.Iati;

/// <summary>How serious an <see cref="IatiFinding"/> is.</summary>
public enum IatiSeverity
{
    /// <summary>The data breaks a rule of the standard or lacks something, but what it says was read and kept.</summary>
    Warning = 0,

    /// <summary>Part of the data could not be read or used (an unknown currency, a value without a currency...): the
    /// finding says which part; the rest of the activity was read.</summary>
    Error = 1,
}
