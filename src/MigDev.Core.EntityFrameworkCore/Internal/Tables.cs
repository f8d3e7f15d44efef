namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>The tables of the whole-model mapping (<see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>), prefixed
/// so that they stand beside an application's own.</summary>
internal static class Tables
{
    public const string Documents = "MigDevDocuments";
    public const string Agencies = "MigDevAgencies";
    public const string Programmes = "MigDevProgrammes";
    public const string Participants = "MigDevParticipants";
    public const string ProgrammeCountries = "MigDevProgrammeCountries";
    public const string Commitments = "MigDevCommitments";
    public const string Contributions = "MigDevContributions";
    public const string Themes = "MigDevThemes";
    public const string Roundtables = "MigDevRoundtables";
    public const string Sessions = "MigDevSessions";
    public const string Activities = "MigDevActivities";
    public const string Meetings = "MigDevMeetings";
    public const string Memberships = "MigDevMemberships";
    public const string Citations = "MigDevCitations";
}
