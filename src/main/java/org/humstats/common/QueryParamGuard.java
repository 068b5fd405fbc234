package org.humstats.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rejects query parameters an endpoint does not know and single-valued ones given twice:
 * a typo such as {@code ?metirc=killed} must not silently return every figure.
 * The allowed names are read from the matched method's {@code @QueryParam}s (and those of its
 * {@code @BeanParam} objects), so the rule cannot drift from the code.
 */
@Provider
class QueryParamGuard implements ContainerRequestFilter {

    /** Per resource method: parameter name → whether it may repeat. */
    private static final Map<Method, Map<String, Boolean>> ALLOWED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Boolean> allowed = ALLOWED.computeIfAbsent(method, QueryParamGuard::allowedParams);
        for (Map.Entry<String, List<String>> e : request.getUriInfo().getQueryParameters().entrySet()) {
            Boolean repeatable = allowed.get(e.getKey());
            if (repeatable == null) {
                String known = allowed.isEmpty() ? "this endpoint takes no query parameters"
                        : "known parameters are: " + String.join(", ", allowed.keySet());
                throw ProblemException.invalidParameter(e.getKey(), "unknown parameter; " + known);
            }
            if (!repeatable && e.getValue().size() > 1) {
                throw ProblemException.invalidParameter(e.getKey(), "given " + e.getValue().size()
                        + " times, but it takes one value");
            }
            refuseControlCharacters(e.getKey(), e.getValue());
        }
        request.getUriInfo().getPathParameters().forEach(QueryParamGuard::refuseControlCharacters);
    }

    /** No code, name or word contains one, and PostgreSQL refuses NUL outright (a 500 before this check). */
    private static void refuseControlCharacters(String name, List<String> values) {
        for (String value : values) {
            if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                throw ProblemException.invalidParameter(name, "contains a control character");
            }
        }
    }

    private static Map<String, Boolean> allowedParams(Method method) {
        Map<String, Boolean> allowed = new TreeMap<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                allowed.put(q.value(), Collection.class.isAssignableFrom(p.getType()));
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                collectBeanParams(p.getType(), allowed);
            }
        }
        return allowed;
    }

    private static void collectBeanParams(Class<?> type, Map<String, Boolean> allowed) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) {
                    allowed.put(q.value(), Collection.class.isAssignableFrom(f.getType()));
                }
                if (f.isAnnotationPresent(BeanParam.class)) {
                    collectBeanParams(f.getType(), allowed);
                }
            }
        }
    }
}
