using System.Collections.Immutable;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.Database.Benchmarks;

/// <summary>The baseline by hand: the corpus model (documents, agencies, programmes with partners and countries,
/// commitments with funders, citations) to plain entities and back, parsing each code and date with the library's own
/// <c>Parse</c>: the same work as the package's store, without its converters and row entities.</summary>
public static class DtoStore
{
    public static async Task<int> SaveAsync(BenchContext context, MigDevModel model)
    {
        if (!model.Themes.IsEmpty || !model.Activities.IsEmpty || !model.Meetings.IsEmpty || !model.Memberships.IsEmpty)
        {
            throw new NotSupportedException("The baseline maps what an IATI import holds: no matrix, meetings or memberships.");
        }
        var n = 0;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < model.Documents.Length; i++)
        {
            var d = model.Documents[i];
            context.Add(new DtoDocument { Id = d.Id, Position = i, Title = d.Title, Author = d.Author, Date = d.Date?.ToString(), FileName = d.FileName });
            n++;
        }
        var position = 0;
        foreach (var a in model.Agencies)
        {
            context.Add(new DtoAgency
            {
                Id = a.Id.ToString(), Position = position++, Name = a.Name, DisplayName = a.DisplayName == a.Name ? null : a.DisplayName, Kind = a.Kind.ToString(),
                Acronym = a.Acronym, Parent = a.Parent?.ToString(), IatiIdentifier = a.IatiIdentifier, Aliases = [.. a.Aliases], IatiAliases = [.. a.IatiAliases], Note = a.Note,
            });
            n += 1 + Cite(context, "agencies", a.Id.ToString(), a.Citations);
        }
        for (var i = 0; i < model.Programmes.Length; i++)
        {
            n += Programme(context, model.Programmes[i], i);
        }
        for (var i = 0; i < model.Commitments.Length; i++)
        {
            n += Commitment(context, model.Commitments[i], i);
        }
        await context.SaveChangesAsync();
        context.ChangeTracker.Clear();
        context.ChangeTracker.AutoDetectChangesEnabled = true;
        return n;
    }

    public static async Task<MigDevModel> LoadAsync(BenchContext context)
    {
        var citations = (await context.Set<DtoCitation>().AsNoTracking().OrderBy(c => c.Position).ToListAsync())
            .ToLookup(c => (c.OwnerTable, c.OwnerKey));
        ImmutableArray<Citation> Cited(string table, string key) => [.. citations[(table, key)].Select(c => new Citation(c.DocumentId, c.FirstLine, c.LastLine, c.Quote))];
        var partners = (await context.Set<DtoParticipant>().AsNoTracking().OrderBy(c => c.Position).ToListAsync()).ToLookup(p => p.Programme);
        var countries = (await context.Set<DtoProgrammeCountry>().AsNoTracking().OrderBy(c => c.Position).ToListAsync()).ToLookup(p => p.Programme);
        var funders = (await context.Set<DtoContribution>().AsNoTracking().OrderBy(c => c.Position).ToListAsync()).ToLookup(p => p.Commitment);
        var documents = await context.Set<DtoDocument>().AsNoTracking().OrderBy(d => d.Position).ToListAsync();
        var agencies = await context.Set<DtoAgency>().AsNoTracking().OrderBy(d => d.Position).ToListAsync();
        var programmes = await context.Set<DtoProgramme>().AsNoTracking().OrderBy(d => d.Position).ToListAsync();
        var commitments = await context.Set<DtoCommitment>().AsNoTracking().OrderBy(d => d.Position).ToListAsync();
        var directory = AgencyDirectory.Create(agencies.Select(a => new Agency(AgencyId.Parse(a.Id), a.Name, Enum.Parse<AgencyKind>(a.Kind))
        {
            DisplayName = a.DisplayName, Acronym = a.Acronym, Parent = a.Parent is null ? null : AgencyId.Parse(a.Parent), IatiIdentifier = a.IatiIdentifier,
            Aliases = [.. a.Aliases], IatiAliases = [.. a.IatiAliases], Note = a.Note, Citations = Cited("agencies", a.Id),
        }));
        return new MigDevModel(directory, documents.Select(d => new SourceDocument(d.Id, d.Title, d.Author, Timeframe(d.Date), d.FileName)))
        {
            Programmes = [.. programmes.Select(p => new Programme(ProgrammeId.Parse(p.Id), p.Name)
            {
                DisplayName = p.DisplayName, Acronym = p.Acronym, Aliases = [.. p.Aliases], Parent = p.Parent is null ? null : ProgrammeId.Parse(p.Parent), Phase = p.Phase,
                Period = Timeframe(p.Period), IatiIdentifier = p.IatiIdentifier, Note = p.Note, Citations = Cited("programmes", p.Id),
                Partners = [.. partners[p.Id].Select(x => new Participant(AgencyId.Parse(x.Agency), Enum.Parse<OrganisationRole>(x.Role), Timeframe(x.Period), Cited("participants", Key(x.Id)), x.Note))],
                Countries = [.. countries[p.Id].Select(x => new ProgrammeCountry(CountryCode.Parse(x.Country), Enum.Parse<CountryRelation>(x.Relation), Cited("countries", Key(x.Id)), x.Note))],
            })],
            Commitments = [.. commitments.Select(c => Commitment(c, funders[c.Id], Cited("commitments", Key(c.Id))))],
        };
    }

    private static int Programme(BenchContext context, Programme p, int position)
    {
        var id = p.Id.ToString();
        context.Add(new DtoProgramme
        {
            Id = id, Position = position, Name = p.Name, DisplayName = p.DisplayName == p.Name ? null : p.DisplayName, Acronym = p.Acronym, Aliases = [.. p.Aliases],
            Parent = p.Parent?.ToString(), Phase = p.Phase, Period = p.Period?.ToString(), IatiIdentifier = p.IatiIdentifier, Note = p.Note,
        });
        var n = 1 + Cite(context, "programmes", id, p.Citations);
        for (var i = 0; i < p.Partners.Length; i++)
        {
            var x = p.Partners[i];
            var key = Guid.CreateVersion7();
            context.Add(new DtoParticipant { Id = key, Programme = id, Position = i, Agency = x.Agency.ToString(), Role = x.Role.ToString(), Period = x.Period?.ToString(), Note = x.Note });
            n += 1 + Cite(context, "participants", Key(key), x.Citations);
        }
        for (var i = 0; i < p.Countries.Length; i++)
        {
            var x = p.Countries[i];
            var key = Guid.CreateVersion7();
            context.Add(new DtoProgrammeCountry { Id = key, Programme = id, Position = i, Country = x.Country.ToString(), Relation = x.Relation.ToString(), Note = x.Note });
            n += 1 + Cite(context, "countries", Key(key), x.Citations);
        }
        return n;
    }

    private static int Commitment(BenchContext context, FundingCommitment c, int position)
    {
        var id = Guid.CreateVersion7();
        context.Add(new DtoCommitment
        {
            Id = id, Position = position, Version = 1, Stage = c.Stage.ToString(), Amount = c.Amount?.Amount, Currency = c.Amount?.Currency.ToString(),
            RelativeAmount = c.RelativeAmount?.ToString(), RelativeTo = c.RelativeTo, Recipient = c.Recipient?.ToString(), Programme = c.Programme?.ToString(),
            ValueDate = c.ValueDate?.ToString(), Period = c.Period?.ToString(), IsIndicative = c.IsIndicative, BudgetKind = c.BudgetKind.ToString(),
            IsSuperseded = c.IsSuperseded, Direction = c.Direction.ToString(), ReportedBy = c.ReportedBy?.ToString(), ProviderActivity = c.ProviderActivity,
            ReceiverActivity = c.ReceiverActivity, Note = c.Note,
        });
        for (var i = 0; i < c.Funders.Length; i++)
        {
            context.Add(new DtoContribution { Commitment = id, Position = i, Funder = c.Funders[i].Funder.ToString(), Share = c.Funders[i].Share?.ToString() });
        }
        return 1 + c.Funders.Length + Cite(context, "commitments", Key(id), c.Citations);
    }

    private static FundingCommitment Commitment(DtoCommitment c, IEnumerable<DtoContribution> contributions, ImmutableArray<Citation> citations)
    {
        var funders = contributions.Select(f => new FundingContribution(AgencyId.Parse(f.Funder), f.Share is null ? null : Share.Parse(f.Share))).ToList();
        var stage = Enum.Parse<FundingStage>(c.Stage);
        if (c.Amount is null)
        {
            // No relative figure comes from IATI: the baseline needs no second initializer for the corpus.
            throw new NotSupportedException("The baseline maps amounts, not relative figures.");
        }
        return new FundingCommitment(funders, stage, new Money(c.Amount.Value, CurrencyCode.Parse(c.Currency!)))
        {
            Recipient = c.Recipient is null ? null : AgencyId.Parse(c.Recipient), Programme = c.Programme is null ? null : ProgrammeId.Parse(c.Programme),
            ValueDate = c.ValueDate is null ? null : PartialDate.Parse(c.ValueDate), Period = Timeframe(c.Period), IsIndicative = c.IsIndicative,
            BudgetKind = Enum.Parse<BudgetKind>(c.BudgetKind), IsSuperseded = c.IsSuperseded, Direction = Enum.Parse<FlowDirection>(c.Direction),
            ReportedBy = c.ReportedBy is null ? null : AgencyId.Parse(c.ReportedBy), ProviderActivity = c.ProviderActivity, ReceiverActivity = c.ReceiverActivity,
            Note = c.Note, Citations = citations,
        };
    }

    private static int Cite(BenchContext context, string table, string key, ImmutableArray<Citation> citations)
    {
        for (var i = 0; i < citations.Length; i++)
        {
            var c = citations[i];
            context.Add(new DtoCitation { Id = Guid.CreateVersion7(), OwnerTable = table, OwnerKey = key, Position = i, DocumentId = c.DocumentId, FirstLine = c.FirstLine, LastLine = c.LastLine, Quote = c.Quote });
        }
        return citations.Length;
    }

    private static Timeframe? Timeframe(string? text) => text is null ? null : MigDev.Core.Timeframe.Parse(text);

    private static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
