package org.humstats.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.humstats.common.Filter;
import org.humstats.common.Ids;
import org.humstats.common.Keyset;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.Problem.FieldError;
import org.humstats.common.ProblemException;
import org.humstats.document.Document;
import org.humstats.document.DocumentInput;
import org.humstats.document.DocumentService;
import org.humstats.figure.FigureInput;
import org.humstats.figure.FigureService;
import org.humstats.figure.FigureStatus;
import org.humstats.figure.FigureView;
import org.humstats.security.Caller;
import org.humstats.source.Source;

/**
 * Reads reports into candidates, keeps the review queue, and turns accepted candidates into figures. A request that is
 * refused stores nothing: the document, the extraction and its candidates are written in one transaction.
 */
@ApplicationScoped
@Transactional
public class ExtractionService {

    private static final Keyset.Order<Extraction> BY_ID =
            Keyset.Order.byId("e.id", e -> e.id.toString(), UUID::fromString);

    @Inject
    EntityManager em;

    @Inject
    KnownNames names;

    @Inject
    DocumentService documents;

    @Inject
    FigureService figures;

    @Inject
    Caller caller;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** Reads the report; with {@code dryRun} nothing is stored, not even an embedded document. */
    public ExtractionView extract(ExtractionRequest in, boolean dryRun) {
        List<FieldError> errors = new ArrayList<>();
        String text = in.text();
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "is required: the report as plain text"));
        } else {
            String binary = binary(text);
            if (binary != null) {
                errors.add(new FieldError("text", binary));
            }
        }
        Document stored = null;
        if (in.document() != null && in.documentId() != null) {
            errors.add(new FieldError("document", "give either document_id or an embedded document, not both"));
        } else if (in.document() == null && in.documentId() == null) {
            errors.add(new FieldError("document", "is required (or document_id): accepted figures cite it, and its "
                    + "published_on dates the text's \"in recent weeks\" and \"on Thursday\""));
        } else if (in.documentId() != null) {
            stored = Document.findById(in.documentId());
            if (stored == null) {
                errors.add(new FieldError("document_id", "unknown document '" + in.documentId()
                        + "'; create it with POST /api/v1/documents or embed it as `document`"));
            } else if (stored.publishedOn == null) {
                errors.add(new FieldError("document_id", "document '" + in.documentId() + "' has no published_on; set it "
                        + "with PUT /api/v1/documents/" + in.documentId() + ": relative dates in the text are read from it"));
            }
        } else {
            DocumentInput d = in.document();
            if (d.publishedOn() == null) {
                errors.add(new FieldError("document.published_on", "is required: \"in recent weeks\", \"on Thursday\" and "
                        + "dates without a year are read from it"));
            }
            if (d.publisher() != null && Source.findById(d.publisher()) == null) {
                errors.add(new FieldError("document.publisher", "unknown source '" + d.publisher()
                        + "'; create it first with POST /api/v1/sources"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        LocalDate published = stored != null ? stored.publishedOn : in.document().publishedOn();
        String publisher = stored != null ? stored.publisher : in.document().publisher();
        List<ProposedFigure> proposed = names.extractor().extract(text, published, publisher);
        if (dryRun) {
            return new ExtractionView(null, in.documentId() != null ? in.documentId() : in.document().id(), null, true,
                    new ExtractionView.Counts(proposed.size(), 0, 0), null, null, null,
                    proposed.stream().map(CandidateView::proposed).toList());
        }
        UUID documentId = stored != null ? stored.id : documents.createOrReuse(in.document(), "document.").id;
        Extraction e = new Extraction();
        e.id = Ids.newId();
        e.documentId = documentId;
        e.text = text;
        e.proposedCount = proposed.size();
        e.status = proposed.isEmpty() ? ExtractionStatus.REVIEWED : ExtractionStatus.OPEN;
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        e.createdBy = caller.keyId();
        e.persist();
        List<CandidateView> views = new ArrayList<>(proposed.size());
        for (int i = 0; i < proposed.size(); i++) {
            Candidate c = Candidate.of(e.id, i, proposed.get(i));
            c.persist();
            views.add(CandidateView.of(c));
        }
        em.flush();
        ExtractionView view = ExtractionView.full(e, views, false);
        return new ExtractionView(view.id(), view.documentId(), view.status(), false, view.counts(), view.createdAt(),
                view.updatedAt(), null, view.candidates());
    }

    /**
     * Why the text is not report text, or null: a NUL character, or more than one character in a hundred that is a
     * control character or the replacement character a decoder writes for bytes that are not text.
     */
    static String binary(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "holds NUL characters: it looks like a binary file (a PDF, an image), not report text. Send the "
                        + "report as plain text; convert PDF or Word files to text first";
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F || c == 0xFFFD) {
                odd++;
            }
        }
        if (odd > 0 && odd * 100L > text.length()) {
            return "holds " + odd + " control or undecodable characters in " + text.length() + ": it looks like binary "
                    + "data, not report text. Send the report as plain text; convert PDF or Word files to text first";
        }
        return null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExtractionView> list(ExtractionStatus status, PageRequest page) {
        Filter f = new Filter().and("e.status = :status", "status", status);
        return Keyset.page(em, Extraction.class, "e", f, BY_ID, page, ExtractionView::summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExtractionView> find(UUID id) {
        Extraction e = Extraction.findById(id);
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(ExtractionView.full(e, candidates(id).stream().map(CandidateView::of).toList(), true));
    }

    private List<Candidate> candidates(UUID extractionId) {
        return em.createQuery("select c from Candidate c where c.extractionId = :id order by c.seq", Candidate.class)
                .setParameter("id", extractionId).getResultList();
    }

    /**
     * Creates the figure a candidate proposes, with the editor's corrections, the extraction's document as citation and
     * the sentence as quote, through the figure service (its checks, its change log). 409 when the candidate was accepted
     * already or the same figure is stored.
     */
    public FigureView accept(UUID extractionId, UUID candidateId, com.fasterxml.jackson.databind.JsonNode corrections) {
        Extraction e = lockedExtraction(extractionId);
        Candidate c = candidate(e, candidateId);
        if (c.review == Review.ACCEPTED) {
            throw ProblemException.conflict("This candidate was accepted already, as figure " + c.figureId
                    + "; change that figure with PUT /api/v1/figures/" + c.figureId + ".");
        }
        FigureInput input = Acceptance.figure(c, Corrections.read(corrections, json), e.documentId, e.id);
        sameFigure(input).ifPresent(existing -> {
            throw ProblemException.conflict("The figure this candidate proposes is stored already: figure " + existing
                    + " has the same metric, kind, place, period, source and value. See GET /api/v1/figures/" + existing
                    + "; reject the candidate, or correct it if it says something else.");
        });
        FigureView figure = figures.create(input);
        Review before = c.review;
        c.review = Review.ACCEPTED;
        c.figureId = figure.id();
        c.reviewReason = null;
        c.reviewedAt = Instant.now();
        c.reviewedBy = caller.keyId();
        e.count(before, Review.ACCEPTED);
        return figure;
    }

    public CandidateView reject(UUID extractionId, UUID candidateId, String reason) {
        Extraction e = lockedExtraction(extractionId);
        Candidate c = candidate(e, candidateId);
        if (c.review == Review.ACCEPTED) {
            throw ProblemException.conflict("This candidate was accepted as figure " + c.figureId + "; to withdraw the "
                    + "figure, retract it with POST /api/v1/figures/" + c.figureId + "/retraction.");
        }
        if (c.review == Review.REJECTED) {
            throw ProblemException.conflict("This candidate was rejected already: " + c.reviewReason);
        }
        c.review = Review.REJECTED;
        c.reviewReason = reason.strip();
        c.reviewedAt = Instant.now();
        c.reviewedBy = caller.keyId();
        e.count(Review.PROPOSED, Review.REJECTED);
        em.flush();
        return CandidateView.of(c);
    }

    /** Locked, so that two editors reviewing candidates of one report at once keep its counts right. */
    private Extraction lockedExtraction(UUID id) {
        Extraction e = em.find(Extraction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ProblemException.notFound("extraction", id.toString());
        }
        return e;
    }

    private Candidate candidate(Extraction e, UUID candidateId) {
        Candidate c = em.find(Candidate.class, candidateId);
        if (c == null || !c.extractionId.equals(e.id)) {
            throw ProblemException.notFound("candidate", candidateId + "' in extraction '" + e.id);
        }
        return c;
    }

    /** A stored, unretracted figure with the same metric, kind, place, period, source and value. */
    private Optional<UUID> sameFigure(FigureInput f) {
        if (f.metric() == null || f.kind() == null || f.locationCode() == null || f.source() == null || f.value() == null
                || f.periodEnd() == null) {
            return Optional.empty(); // incomplete: the figure service will say what is missing
        }
        Filter w = new Filter()
                .and("f.metric = :metric", "metric", f.metric())
                .and("f.kind = :kind", "kind", f.kind())
                .and("f.locationCode = :location", "location", f.locationCode())
                .and("f.source = :source", "source", f.source())
                .and("f.value = :value", "value", f.value())
                .and("f.periodEnd = :end", "end", f.periodEnd())
                .and("f.status <> :retracted", "retracted", FigureStatus.RETRACTED);
        if (f.periodStart() == null) {
            w.and("f.periodStart is null");
        } else {
            w.and("f.periodStart = :start", "start", f.periodStart());
        }
        var q = em.createQuery("select f.id from Figure f where " + w.where(), UUID.class);
        w.params().forEach(q::setParameter);
        return q.setMaxResults(1).getResultList().stream().findFirst();
    }
}
