using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace MigDev.Core.Tests.Architecture;

/// <summary>
/// Checks that no type uses a type of a subsystem its own subsystem may not use. The dependencies are read from the
/// compiled assembly by ArchUnitNET (base types, interfaces, fields, signatures, attributes, method bodies), so a
/// reference hidden in a lambda or an attribute counts as much as one in a signature.
/// </summary>
internal static class DependencyRule
{
    /// <summary>One dependency that breaks the direction.</summary>
    public sealed record Violation(string From, string FromSubsystem, string To, string ToSubsystem)
    {
        public override string ToString() => $"{FromSubsystem} → {ToSubsystem}: {From} uses {To}";
    }

    public static ArchUnitNET.Domain.Architecture Load(params System.Reflection.Assembly[] assemblies) => new ArchLoader().LoadAssemblies(assemblies).Build();

    /// <summary>Returns every dependency of a mapped type on a mapped type of a subsystem it may not use.</summary>
    /// <param name="architecture">The loaded assemblies.</param>
    /// <param name="subsystemOf">The subsystem of a top-level type's full name, or <see langword="null"/> when the type is
    /// not part of the check (a framework type, a compiler-generated helper).</param>
    /// <param name="mayUse">What each subsystem may use besides itself.</param>
    public static IReadOnlyList<Violation> Check(ArchUnitNET.Domain.Architecture architecture, Func<string, string?> subsystemOf, IReadOnlyDictionary<string, string[]> mayUse)
    {
        var violations = new HashSet<Violation>();
        foreach (var type in architecture.Types)
        {
            var from = TopLevel(type.FullName);
            if (subsystemOf(from) is not { } fromSubsystem)
            {
                continue;
            }
            foreach (var dependency in type.Dependencies)
            {
                var to = TopLevel(dependency.Target.FullName);
                if (subsystemOf(to) is not { } toSubsystem || toSubsystem == fromSubsystem)
                {
                    continue;
                }
                if (!mayUse.TryGetValue(fromSubsystem, out var allowed))
                {
                    throw new InvalidOperationException($"Subsystem '{fromSubsystem}' (of {from}) has no rule: add it to Subsystems.MayUse and docs/architecture.md.");
                }
                if (!allowed.Contains(toSubsystem))
                {
                    violations.Add(new Violation(from, fromSubsystem, to, toSubsystem));
                }
            }
        }
        return [.. violations.OrderBy(v => v.ToString(), StringComparer.Ordinal)];
    }

    // "A.B.Outer+Inner", "A.B.Outer/Inner" and "A.B.Generic`1<...>" are all the top-level type "A.B.Outer" / "A.B.Generic`1".
    internal static string TopLevel(string fullName)
    {
        var end = fullName.IndexOfAny(['+', '/', '<', '[']);
        return end < 0 ? fullName : fullName[..end];
    }
}
