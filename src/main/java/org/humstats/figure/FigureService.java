package org.humstats.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import java.io.IOException;
import org.hibernate.CacheMode;
import org.hibernate.FlushMode;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.humstats.common.Filter;
import org.humstats.common.EntityTags;
import org.humstats.common.Ids;
import org.humstats.common.Keyset;
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

    /** The orders a list can be sorted by; each is a keyset order with the id as tie-breaker. */
    public enum SortOrder {
        PERIOD_END("period_end", "f.periodEnd", f -> f.periodEnd.toString(), LocalDate::parse),
        VALUE("value", "f.value", f -> Long.toString(f.value), Long::valueOf),
        UPDATED_AT("updated_at", "f.updatedAt", f -> f.updatedAt.toString(), Instant::parse),
        CREATED_AT("created_at", "f.createdAt", f -> f.createdAt.toString(), Instant::parse);

        final String wire;
        final String path;
        final Function<Figure, String> valueOf;
        final Function<String, Object> parse;

        SortOrder(String wire, String path, Function<Figure, String> valueOf, Function<String, Object> parse) {
            this.wire = wire;
            this.path = path;
            this.valueOf = valueOf;
            this.parse = parse;
        }

        static Keyset.Order<Figure> parse(String sort) {
            String s = sort == null || sort.isBlank() ? "-period_end" : sort.trim();
            boolean desc = s.startsWith("-");
            String name = desc ? s.substring(1) : s;
            for (SortOrder o : values()) {
                if (o.wire.equals(name)) {
                    return new Keyset.Order<>(s, o.path, "f.id", desc, o.valueOf, o.parse,
                            f -> f.id.toString(), UUID::fromString);
                }
            }
            throw ProblemException.invalidParameter("sort", "'" + sort + "' is not one of: period_end, value, updated_at, "
                    + "created_at (prefix with - for descending, e.g. -period_end)");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FigureView> list(FigureQuery.Parsed q, String sort, PageRequest page) {
        Keyset.Order<Figure> order = SortOrder.parse(sort);
        Page<Figure> rows = Keyset.page(em, Figure.class, "f", filter(q), order, page, f -> f);
        return new Page<>(views(rows.data()), rows.page());
    }

    /** The where-clause of the figure filters; unknown codes are a 400, not an empty answer. */
    Filter filter(FigureQuery.Parsed q) {
        Filter f = new Filter();
        if (q.metric() != null && Metric.findById(q.metric()) == null) {
            throw ProblemException.invalidParameter("metric", "unknown metric '" + q.metric() + "'; see GET /api/v1/metrics");
        }
        f.and("f.metric = :metric", "metric", q.metric());
        f.and("f.kind = :kind", "kind", q.kind());
        if (q.location() != null) {
            Location l = Location.findById(q.location());
            if (l == null) {
                throw ProblemException.invalidParameter("location", "unknown location '" + q.location()
                        + "'; find codes with GET /api/v1/locations?q=name");
            }
            if (q.descendants()) {
                f.and("f.locationCode in (select l.code from Location l where l.path like :locPath)", "locPath", l.path + "%");
            } else {
                f.and("f.locationCode = :loc", "loc", l.code);
            }
        }
        f.and("f.locationCode in (select c.code from Location c where c.countryCode = :country)", "country", q.country());
        if (q.source() != null && Source.findById(q.source()) == null) {
            throw ProblemException.invalidParameter("source", "unknown source '" + q.source() + "'; see GET /api/v1/sources");
        }
        f.and("f.source = :source", "source", q.source());
        f.and("f.source in (select s.id from Source s where s.type = :stype)", "stype", q.sourceType());
        f.and("f.status in :statuses", "statuses", q.statuses());
        f.and("f.periodEnd >= :from", "from", q.from());
        f.and("coalesce(f.periodStart, f.periodEnd) <= :to", "to", q.to());
        f.and("f.updatedAt >= :updatedSince", "updatedSince", q.updatedSince());
        // Breakdown parts given are exact filters (docs/counting.md#breakdowns): sex=female lists the figures of women.
        q.breakdown().forEach((d, value) -> f.and("f." + BREAKDOWN_FIELDS.get(d) + " = :b_" + d.wire(), "b_" + d.wire(), value));
        if (q.q() != null) {
            f.and("(lower(f.quote) like :text or lower(f.notes) like :text or lower(f.subject) like :text "
                    + "or lower(f.attributedTo) like :text)", "text", "%" + q.q().toLowerCase() + "%");
        }
        return f;
    }

    private static final Map<Breakdown.Dimension, String> BREAKDOWN_FIELDS = Map.of(
            Breakdown.Dimension.SUBJECT, "subject", Breakdown.Dimension.SEX, "sex", Breakdown.Dimension.AGE, "age",
            Breakdown.Dimension.POPULATION_GROUP, "populationGroup", Breakdown.Dimension.SECTOR, "sector",
            Breakdown.Dimension.CAUSE, "cause", Breakdown.Dimension.UNIT, "unit");

    /** Receives the matches of an export, a batch of views at a time. */
    public interface ViewSink {
        void accept(List<FigureView> views) throws IOException;
    }

    /** Checks the filters now, so that a bad one is a 400 before a streamed answer has started. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Filter exportFilter(FigureQuery.Parsed q) {
        return filter(q);
    }

    /**
     * Every figure matching the filter, in id order, read through a database cursor and handed on in batches: memory
     * stays constant however many figures match. The persistence context is emptied after each batch, and the read-only
     * transaction is what lets PostgreSQL use a cursor (it needs autocommit off) instead of sending every row at once.
     */
    @Transactional
    @TransactionConfiguration(timeout = 6 * 3600)
    public void stream(Filter filter, ViewSink sink) throws IOException {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        SelectionQuery<Figure> query = session.createSelectionQuery(
                "select f from Figure f where " + filter.where() + " order by f.id", Figure.class);
        filter.params().forEach(query::setParameter);
        query.setFetchSize(STREAM_BATCH).setReadOnly(true).setCacheMode(CacheMode.IGNORE);
        List<Figure> batch = new ArrayList<>(STREAM_BATCH);
        try (ScrollableResults<Figure> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                batch.add(rows.get());
                if (batch.size() == STREAM_BATCH) {
                    sink.accept(views(batch));
                    batch.clear();
                    session.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(views(batch));
        }
    }

    private static final int STREAM_BATCH = 1000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FigureView> find(UUID id) {
        return Optional.ofNullable(Figure.<Figure>findById(id)).map(f -> views(List.of(f)).get(0));
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
