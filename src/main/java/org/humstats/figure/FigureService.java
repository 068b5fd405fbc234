package org.humstats.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.humstats.common.EntityTags;
import org.humstats.common.Ids;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.Problem.FieldError;
import org.humstats.common.ProblemException;
import org.humstats.document.Citation;
import org.humstats.document.Document;
import org.humstats.document.DocumentService;
import org.humstats.history.ChangeLog;
import org.humstats.history.ChangeType;
import org.humstats.location.Location;
import org.humstats.metric.Metric;
import org.humstats.security.Caller;
import org.humstats.source.Source;

@ApplicationScoped
@Transactional
public class FigureService {

    @Inject
    EntityManager em;

    @Inject
    DocumentService documents;

    @Inject
    Caller caller;

    @Inject
    ChangeLog changeLog;

    @Inject
    EntityTags tags;

    @Inject
    FigureReader reader;

    /** A page of figures: see {@link FigureReader#list}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Page<FigureView> list(FigureQuery.Parsed q, String sort, PageRequest page) {
        return reader.list(q, sort, page);
    }

    /** Receives the matches of an export, a batch of views at a time. */
    public interface ViewSink {
        void accept(List<FigureView> views) throws IOException;
    }

    /** Checks the filters now, so that a bad one is a 400 before a streamed answer has started. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public FigureReader.Selection exportFilter(FigureQuery.Parsed q) {
        return reader.select(q);
    }

    /**
     * Every figure matching the filter, in id order, read through a database cursor and handed on in batches: memory
     * stays constant however many figures match. The read-only transaction is what lets PostgreSQL use a cursor (it
     * needs autocommit off) instead of sending every row at once.
     */
    @Transactional
    @TransactionConfiguration(timeout = 6 * 3600)
    public void stream(FigureReader.Selection selection, ViewSink sink) throws IOException {
        reader.stream(selection, sink, STREAM_BATCH);
    }

    private static final int STREAM_BATCH = 1000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FigureView> find(UUID id) {
        return reader.find(id);
    }

    public FigureView create(FigureInput in) {
        if (in.id() != null && Figure.findById(in.id()) != null) {
            throw ProblemException.conflict("A figure with id '" + in.id() + "' already exists; change it with PUT /api/v1/figures/"
                    + in.id() + ".");
        }
        Figure f = new Figure();
        f.id = in.id() == null ? Ids.newId() : in.id();
        f.createdAt = Instant.now();
        f.createdBy = caller.keyId();
        apply(f, in);
        stamp(f);
        f.persist();
        return logged(ChangeType.CREATED, f);
    }

    public FigureView update(UUID id, FigureInput in, String ifMatch) {
        if (in.id() != null && !in.id().equals(id)) {
            throw ProblemException.validation(List.of(new FieldError("id", "differs from the id in the path")));
        }
        Figure f = lockedForChange(id, ifMatch);
        if (f.status == FigureStatus.RETRACTED) {
            throw ProblemException.conflict("The figure is retracted and is kept as it was; enter a corrected figure instead.");
        }
        FigureView before = views(List.of(f)).get(0);
        apply(f, in);
        if (views(List.of(f)).get(0).equals(before)) {
            // Sending the same figure again is not a change: no new version, nothing in the change feed.
            return before;
        }
        stamp(f);
        return logged(ChangeType.UPDATED, f);
    }

    /**
     * A merge patch: {@code patched} makes the input from the figure as it is, read under the row lock, so that a change
     * made meanwhile by someone else is never undone by the patch.
     */
    public FigureView patch(UUID id, Function<FigureView, FigureInput> patched, String ifMatch) {
        Figure f = lockedForChange(id, ifMatch);
        if (f.status == FigureStatus.RETRACTED) {
            throw ProblemException.conflict("The figure is retracted and is kept as it was; enter a corrected figure instead.");
        }
        return update(id, patched.apply(views(List.of(f)).get(0)), null);
    }

    public FigureView retract(UUID id, String reason, String ifMatch) {
        Figure f = lockedForChange(id, ifMatch);
        if (f.status == FigureStatus.RETRACTED) {
            throw ProblemException.conflict("The figure was already retracted: " + f.statusReason);
        }
        f.status = FigureStatus.RETRACTED;
        f.statusReason = reason.trim();
        f.updatedAt = Instant.now();
        f.updatedBy = caller.keyId();
        return logged(ChangeType.RETRACTED, f);
    }

    /**
     * Loads the figure with a row lock, so that the If-Match check and the change happen against the same version
     * even when two editors send changes at once.
     */
    private Figure lockedForChange(UUID id, String ifMatch) {
        Figure f = em.find(Figure.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw ProblemException.notFound("figure", id.toString());
        }
        tags.checkIfMatch(ifMatch, views(List.of(f)).get(0));
        return f;
    }

    /** Flushes the change (so version and timestamps are final) and writes it to the change log. */
    private FigureView logged(ChangeType type, Figure f) {
        em.flush();
        FigureView view = views(List.of(f)).get(0);
        changeLog.record(List.of(new ChangeLog.Entry(type, view.id(), view, caller.keyId())));
        return view;
    }

    /** Checks the input (its own rules, then the codes it names) and copies it onto the entity. */
    private void apply(Figure f, FigureInput in) {
        List<FieldError> errors = new ArrayList<>(FigureRules.check(in));
        if (in.metric() != null && Metric.findById(in.metric()) == null) {
            errors.add(new FieldError("metric", "unknown metric '" + in.metric() + "'; see GET /api/v1/metrics"));
        }
        if (in.locationCode() != null && Location.findById(in.locationCode()) == null) {
            errors.add(new FieldError("location_code", "unknown location '" + in.locationCode()
                    + "'; find it with GET /api/v1/locations?q=name or add it first"));
        }
        if (in.source() != null && Source.findById(in.source()) == null) {
            errors.add(new FieldError("source", "unknown source '" + in.source() + "'; add it first with POST /api/v1/sources"));
        }
        if (in.documentId() != null && Document.findById(in.documentId()) == null) {
            errors.add(new FieldError("document_id", "unknown document '" + in.documentId() + "'"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        UUID documentId = in.document() != null ? documents.createOrReuse(in.document(), "document.").id : in.documentId();
        FigureFields.of(in, documentId).copyTo(f);
    }

    private void stamp(Figure f) {
        f.updatedAt = Instant.now();
        f.updatedBy = caller.keyId();
    }

    /** Views for a page of figures, with the names of their location, source and document (three queries, not 3 × n). */
    public List<FigureView> views(List<Figure> figures) {
        Map<String, Location> locations = byKey(Location.class, "code",
                figures.stream().map(f -> f.locationCode).collect(Collectors.toSet()), l -> l.code);
        Map<String, Source> sources = byKey(Source.class, "id",
                figures.stream().map(f -> f.source).collect(Collectors.toSet()), s -> s.id);
        Map<UUID, Document> docs = byKey(Document.class, "id",
                figures.stream().map(f -> f.documentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()), d -> d.id);
        return figures.stream().map(f -> {
            Location l = locations.get(f.locationCode);
            Source s = sources.get(f.source);
            Document d = f.documentId == null ? null : docs.get(f.documentId);
            FigureView.Names names = new FigureView.Names(l == null ? null : l.name, l == null ? null : l.countryCode,
                    s == null ? null : s.name, s == null ? null : s.type, d == null ? null : Citation.of(d));
            return FigureView.of(f.id, FigureFields.of(f), names,
                    new FigureView.Stamps(f.createdAt, f.updatedAt, f.version, f.createdBy, f.updatedBy));
        }).toList();
    }

    private <K, T> Map<K, T> byKey(Class<T> type, String keyField, Set<K> keys, Function<T, K> keyOf) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Collection<T> found = em.createQuery("select x from " + type.getSimpleName() + " x where x." + keyField + " in :keys", type)
                .setParameter("keys", keys).getResultList();
        return found.stream().collect(Collectors.toMap(keyOf, x -> x));
    }
}
