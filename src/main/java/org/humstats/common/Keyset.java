package org.humstats.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset paging over a stable order (a sort key, then the primary key as tie-breaker). A page
 * asks for the rows strictly after the last row of the previous page, so concurrent inserts neither
 * repeat nor skip rows, and a deep page costs the same as the first.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * How rows are ordered: a JPQL path for the sort value (null when ordering by the id alone), the id path,
     * and how to read both back from an entity and from a cursor.
     */
    public record Order<T>(String name, String valuePath, String idPath, boolean descending,
                           Function<T, String> valueOf, Function<String, Object> parseValue,
                           Function<T, String> idOf, Function<String, Object> parseId) {

        public static <T> Order<T> byId(String idPath, Function<T, String> idOf, Function<String, Object> parseId) {
            return new Order<>("id", null, idPath, false, null, null, idOf, parseId);
        }
    }

    public static <T extends PanacheEntityBase, V> Page<V> page(EntityManager em, Class<T> type, String alias,
            Filter filter, Order<T> order, PageRequest request, Function<T, V> view) {
        int limit = request.limit();
        Filter f = filter.copy();
        if (request.cursor != null) {
            Cursor c = Cursor.decode(request.cursor, order.valuePath() == null ? 2 : 3);
            if (!order.name().equals(c.get(0))) {
                throw ProblemException.invalidParameter("cursor", "this cursor belongs to another sort order");
            }
            String cmp = order.descending() ? "<" : ">";
            try {
                if (order.valuePath() == null) {
                    f.and(order.idPath() + " " + cmp + " :afterId", "afterId", order.parseId().apply(c.get(1)));
                } else {
                    f.and("(" + order.valuePath() + " " + cmp + " :afterValue or (" + order.valuePath() + " = :afterValue and "
                            + order.idPath() + " " + cmp + " :afterId))");
                    f.param("afterValue", order.parseValue().apply(c.get(1)));
                    f.param("afterId", order.parseId().apply(c.get(2)));
                }
            } catch (RuntimeException e) {
                if (e instanceof ProblemException pe) {
                    throw pe;
                }
                throw ProblemException.invalidParameter("cursor", "not a cursor from this endpoint");
            }
        }
        String dir = order.descending() ? " desc" : "";
        String orderBy = (order.valuePath() == null ? "" : order.valuePath() + dir + ", ") + order.idPath() + dir;
        TypedQuery<T> q = em.createQuery("select " + alias + " from " + type.getSimpleName() + " " + alias
                + " where " + f.where() + " order by " + orderBy, type);
        bind(q, f.params());
        List<T> rows = q.setMaxResults(limit + 1).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            T last = rows.get(limit - 1);
            next = order.valuePath() == null
                    ? Cursor.of(order.name(), order.idOf().apply(last)).encode()
                    : Cursor.of(order.name(), order.valueOf().apply(last), order.idOf().apply(last)).encode();
        }
        Long total = null;
        if (request.withTotal()) {
            TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + type.getSimpleName() + " "
                    + alias + " where " + filter.where(), Long.class);
            bind(count, filter.params());
            total = count.getSingleResult();
        }
        return new Page<>(rows.stream().map(view).toList(), new Page.Info(limit, next, total));
    }

    private static void bind(TypedQuery<?> q, Map<String, Object> params) {
        params.forEach(q::setParameter);
    }

    /** 200 with the page, and a {@code Link: rel="next"} header pointing at the next page when there is one. */
    public static Response response(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder ok = Response.ok(page);
        if (page.page().nextCursor() != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.page().nextCursor()).build().toString();
            ok.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return ok.build();
    }
}
