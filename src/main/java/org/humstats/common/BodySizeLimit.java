package org.humstats.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * A huge body is a 413 problem before anything is parsed: by its Content-Length when it has one,
 * and by counting bytes as they are read when it is sent in chunks.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
class BodySizeLimit implements ContainerRequestFilter {

    /** One JSON object (a figure with a long quote) is a few kilobytes; 1 MiB leaves ample room. */
    public static final long DEFAULT_LIMIT = 1024 * 1024;

    static final long GAZETTEER_LIMIT = 64L * 1024 * 1024;

    @Context
    ResourceInfo resourceInfo;

    /** Looked up per request: providers are created before the configuration mappings exist. */
    @Inject
    Instance<HumStatsConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        BodyLimit annotation = method == null ? null : method.getAnnotation(BodyLimit.class);
        long limit = annotation == null ? DEFAULT_LIMIT : switch (annotation.value()) {
            case GAZETTEER -> GAZETTEER_LIMIT;
            case FIGURE_FILE -> config.get().imports().maxBytes();
            case REPORT_TEXT -> config.get().extraction().maxBytes();
        };
        if (request.getLength() > limit) {
            throw ProblemException.tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw ProblemException.tooLarge(limit);
            }
        }
    }
}
