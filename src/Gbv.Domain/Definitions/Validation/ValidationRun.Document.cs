using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>The document itself: its kind, number and signatory, the references it cites, its coverage and completeness.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _references = new(StringComparer.Ordinal);

    private static readonly DiagnosticArgument AtLeastOneUnit = Checks.Set.Argument("Range.AtLeastOneUnit");

    private PlanDocument Document(DocumentDefinition d)
    {
        var unknown = Unknowns(d.Unknown, "/document/unknown", DocumentFacts);
        Stated(unknown, UnknownFact.Kind, d.Kind, "/document/kind", "/document", required: false);
        Stated(unknown, UnknownFact.Number, d.Number, "/document/number", "/document", required: false);
        Stated(unknown, UnknownFact.Date, d.Issued, "/document/issued", "/document", required: false);
        Stated(unknown, UnknownFact.Issuer, d.Issuer, "/document/issuer", "/document", required: true);
        DocumentKind? kind = unknown.Contains(UnknownFact.Kind) ? null : Keyword(d.Kind, "/document/kind", "document kind", DocumentKind.Plan);
        var issued = Date(d.Issued, "/document/issued");
        Agency(d.Issuer, "/document/issuer", Checks.Set.Argument("Document.IssuerAgency"));
        Signatory? signatory = null;
        if (d.Signatory is { } s)
        {
            signatory = new Signatory(Source(s.Capacity, "/document/signatory/capacity"), Source(s.Title, "/document/signatory/title"));
        }

        return new PlanDocument(kind, d.Number, issued, d.Place, d.Issuer, signatory) { Unknown = unknown };
    }

    private SourceCompleteness Completeness(CompletenessDefinition? c)
    {
        if (c is null || c.Complete)
        {
            return c?.Note is { } note ? new SourceCompleteness(true, note) : SourceCompleteness.Complete;
        }

        if (string.IsNullOrWhiteSpace(c.Note))
        {
            Report(DocumentDiagnostics.IncompleteWithoutNote, "/completeness");
        }
        else
        {
            Report(DocumentDiagnostics.IncompleteSource, "/completeness/note", c.Note);
        }

        return new SourceCompleteness(false, c.Note);
    }

    private UnitCoverage Coverage(CoverageDefinition c)
    {
        var level = Level(c.Level, "/coverage/level");
        if (c.Total < 1)
        {
            Report(ReadingDiagnostics.NumberOutOfRange, "/coverage/total", Invariant(c.Total), AtLeastOneUnit);
        }

        if (c.Covered is int covered && (covered < 0 || covered > c.Total))
        {
            Report(DocumentDiagnostics.CoverageAboveTotal, "/coverage/covered", Invariant(covered), Invariant(c.Total));
        }

        return new UnitCoverage(level, c.Total, c.Covered, Source(c.Source, "/coverage/source"));
    }

    private DocumentReference Reference(ReferenceDefinition r, string pointer)
    {
        Declare(r.Id, pointer + "/id", "reference", _references);
        var relation = Keyword(r.Relation, pointer + "/relation", "relation", ReferenceRelation.Cites);
        var unknown = Unknowns(r.Unknown, pointer + "/unknown", DocumentFacts);
        Stated(unknown, UnknownFact.Kind, r.Kind, pointer + "/kind", pointer, required: true);
        Stated(unknown, UnknownFact.Number, r.Number, pointer + "/number", pointer, required: false);
        Stated(unknown, UnknownFact.Date, r.Date, pointer + "/date", pointer, required: false);
        Stated(unknown, UnknownFact.Issuer, r.Issuer, pointer + "/issuer", pointer, required: false);
        DocumentKind? kind = r.Kind is null ? null : Keyword(r.Kind, pointer + "/kind", "document kind", DocumentKind.Other);
        if (r.Plan is not null)
        {
            Identifier(r.Plan, pointer + "/plan");
        }

        return new DocumentReference(r.Id, relation, kind, r.Number, Date(r.Date, pointer + "/date"), r.Issuer,
            r.Title is null ? null : Text(r.Title, pointer + "/title"), r.Plan, Source(r.Source, pointer + "/source"))
        {
            Unknown = unknown,
            SourceKind = PartSourceKind(r.SourceKind, pointer + "/sourceKind", Subject("reference", r.Id)),
        };
    }

    /// <summary>
    /// A plan that names itself as its parent would make the plan-set check a cycle of one and conformance compare the
    /// plan with itself; one file alone shows it, so it is an error of the file, not only of the set.
    /// </summary>
    private void OwnParent(PlanDefinition d)
    {
        for (var i = 0; i < (d.References?.Count ?? 0); i++)
        {
            if (d.References![i]?.Plan is { } parent && string.Equals(parent, d.Id, StringComparison.Ordinal))
            {
                Report(DocumentDiagnostics.OwnParent, At("/references", i) + "/plan", d.Id);
            }
        }
    }
}
