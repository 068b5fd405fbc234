package org.humstats.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.humstats.common.Filter;
import org.humstats.common.Keyset;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.Problem;
import org.humstats.common.ProblemException;

@ApplicationScoped
@Transactional
public class SourceService {

    private static final Keyset.Order<Source> BY_ID = Keyset.Order.byId("s.id", s -> s.id, v -> v);

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SourceView> list(SourceType type, String q, PageRequest page) {
        Filter f = new Filter()
                .and("s.type = :type", "type", type)
                .and("(lower(s.name) like :q or lower(s.acronym) like :q or s.id like :q)", "q",
                        q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%");
        return Keyset.page(em, Source.class, "s", f, BY_ID, page, SourceView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SourceView> find(String id) {
        return Optional.ofNullable(Source.<Source>findById(id)).map(SourceView::of);
    }

    public SourceView create(SourceInput in) {
        if (in.id() == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("id", "is required")));
        }
        if (Source.findById(in.id()) != null) {
            throw ProblemException.conflict("A source with id '" + in.id() + "' already exists; use PUT to change it.");
        }
        Source s = new Source();
        s.id = in.id();
        s.createdAt = Instant.now();
        apply(s, in);
        s.persist();
        return SourceView.of(s);
    }

    public SourceView update(String id, SourceInput in) {
        if (in.id() != null && !in.id().equals(id)) {
            throw ProblemException.validation(List.of(new Problem.FieldError("id",
                    "differs from the id in the path ('" + id + "'); ids cannot be changed")));
        }
        Source s = Source.findById(id);
        if (s == null) {
            throw ProblemException.notFound("source", id);
        }
        apply(s, in);
        em.flush();
        return SourceView.of(s);
    }

    private static void apply(Source s, SourceInput in) {
        s.name = in.name().trim();
        s.acronym = in.acronym();
        s.type = in.type();
        s.url = in.url();
        s.priority = in.priority() == null ? 0 : in.priority();
        s.updatedAt = Instant.now();
    }
}
