using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>
/// The part an organisation plays in a programme, an activity or a body: IATI's four organisation roles, and the roles
/// the seeds need beyond them (member, GMG member with expertise, partner, chair, co-chair, host, co-host, convener,
/// coordinator).
/// </summary>
/// <remarks><c>MigDev.Core.Iati.IatiCodes.OrganisationRole</c> gives the IATI code (OrganisationRole codelist,
/// data/iati) where one fits: see docs/agencies.md.</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<OrganisationRole>))]
public enum OrganisationRole
{
    /// <summary>IATI 1, Funding: provides funds (the European Commission for JMDI; Spain for the MDG Achievement Fund).</summary>
    Funding = 1,

    /// <summary>IATI 2, Accountable: responsible for oversight of the activity and its outcomes.</summary>
    Accountable = 2,

    /// <summary>IATI 3, Extending: manages the budget and direction on behalf of the funder.</summary>
    Extending = 3,

    /// <summary>IATI 4, Implementing: physically carries out the activity.</summary>
    Implementing = 4,

    /// <summary>A member of a body (of the Global Migration Group). No IATI code.</summary>
    Member = 100,

    /// <summary>A GMG member listed "with expertise" for a GFMD 2007 activity (the matrix's third column). No IATI code.</summary>
    GmgMemberWithExpertise = 101,

    /// <summary>A partner of a joint programme (ILO, IOM, UNFPA, UNHCR and UN Women in JMDI); IATI 4, Implementing.</summary>
    Partner = 102,

    /// <summary>The chair (UNDP of the GMG in the first half of 2010). No IATI code.</summary>
    Chair = 103,

    /// <summary>A co-chair (UNDP and IOM of the GMG Working Group on mainstreaming migration). No IATI code.</summary>
    CoChair = 104,

    /// <summary>The host of a meeting or event. No IATI code.</summary>
    Host = 105,

    /// <summary>A co-host. No IATI code.</summary>
    CoHost = 106,

    /// <summary>A convener or co-convener. No IATI code.</summary>
    Convener = 107,

    /// <summary>The coordinating agency (UNDP of the MDG Achievement Fund); IATI 2, Accountable.</summary>
    Coordinator = 108,
}
