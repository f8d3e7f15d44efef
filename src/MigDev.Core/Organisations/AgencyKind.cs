using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core;

/// <summary>The kinds of organisation in the migration-and-development world of the UN system.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<AgencyKind>))]
public enum AgencyKind
{
    /// <summary>A UN fund or programme (UNDP, UNFPA, UNICEF).</summary>
    UnFundOrProgramme = 0,

    /// <summary>A UN specialized agency (ILO, the World Bank).</summary>
    SpecializedAgency = 1,

    /// <summary>A related organization of the UN system (IOM, WTO).</summary>
    RelatedOrganization = 2,

    /// <summary>A department or office of the UN Secretariat (UN-DESA, OCHA, UNODC).</summary>
    SecretariatDepartment = 3,

    /// <summary>A UN regional commission (UNECE).</summary>
    RegionalCommission = 4,

    /// <summary>A UN training and research institute (UNITAR, INSTRAW).</summary>
    TrainingAndResearchInstitute = 5,

    /// <summary>An inter-agency mechanism (the Global Migration Group and its working groups, JMDI, UN country teams).</summary>
    InterAgencyMechanism = 6,

    /// <summary>An intergovernmental process (the GFMD, regional consultative processes).</summary>
    IntergovernmentalProcess = 7,

    /// <summary>A government, a ministry or a government aid agency (the Government of Spain, SDC, DFID).</summary>
    Government = 8,

    /// <summary>The European Commission.</summary>
    EuropeanCommission = 9,

    /// <summary>A foundation (the MacArthur Foundation).</summary>
    Foundation = 10,

    /// <summary>A research institute (the Overseas Development Institute).</summary>
    ResearchInstitute = 11,

    /// <summary>A non-governmental organisation.</summary>
    Ngo = 12,

    /// <summary>Another UN entity: UNHCR, UN Women, a UN trust fund (the MDG Achievement Fund), an office within an
    /// agency.</summary>
    OtherUnEntity = 13,

    /// <summary>A principal organ or intergovernmental body of the UN (the General Assembly, the Security Council, the
    /// Commission on the Status of Women, an executive board), or the United Nations itself.</summary>
    UnOrganOrBody = 14,

    /// <summary>A regional intergovernmental organisation (the European Union, CARICOM, the CIS, the Commonwealth).</summary>
    RegionalOrganization = 15,

    /// <summary>Any other organisation (the ICRC, a national postal operator).</summary>
    Other = 16,
}
