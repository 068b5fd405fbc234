package org.humstats.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.humstats.common.Filter;
import org.humstats.common.Keyset;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.Problem;
import org.humstats.common.ProblemException;
import org.humstats.common.NameFolding;

@ApplicationScoped
@Transactional
public class SourceService {

    private static final Keyset.Order<Source> BY_ID = Keyset.Order.byId("s.id", s -> s.id, v -> v);

    @Inject
    EntityManager em;

    @Inject
    SourceNames names;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SourceView> list(SourceType type, String q, PageRequest page) {
        Filter f = new Filter()
                .and("s.type = :type", "type", type)
                .and("(lower(s.name) like :q or lower(s.acronym) like :q or s.id like :q"
                        + " or s.id in (select a.sourceId from SourceAlias a where a.folded like :foldedQ))", "q",
                        q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%");
        if (q != null && !q.isBlank()) {
            f.param("foldedQ", "%" + NameFolding.fold(q) + "%");
        }
        names.ready();
        Page<Source> rows = Keyset.page(em, Source.class, "s", f, BY_ID, page, s -> s);
        return new Page<>(rows.data().stream().map(s -> SourceView.of(s, names.aliasesOf(s.id))).toList(), rows.page());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SourceView> find(String id) {
        return Optional.ofNullable(Source.<Source>findById(id)).map(this::view);
    }

    private SourceView view(Source s) {
        return SourceView.of(s, aliasesOf(List.of(s.id)).getOrDefault(s.id, List.of()));
    }

    private Map<String, List<String>> aliasesOf(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from SourceAlias a where a.sourceId in :ids order by a.sourceId, a.alias", SourceAlias.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.sourceId, Collectors.mapping(a -> a.alias, Collectors.toList())));
    }

    /** Replaces the aliases of a source; the name itself and repeats are left out. */
    private void saveAliases(Source s, List<String> aliases) {
        SourceAlias.delete("sourceId", s.id);
        em.flush();
        Set<String> distinct = new LinkedHashSet<>();
        if (aliases != null) {
            aliases.stream().map(String::trim).filter(a -> !a.equals(s.name)).forEach(distinct::add);
        }
        distinct.forEach(a -> SourceAlias.of(s.id, a).persist());
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
        saveAliases(s, in.aliases());
        return view(s);
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
        saveAliases(s, in.aliases());
        em.flush();
        return view(s);
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
