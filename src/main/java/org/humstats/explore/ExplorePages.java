package org.humstats.explore;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The front page and the explorer, as plain HTTP routes rather than REST resources: the explorer keeps its whole view
 * in the query string ({@code /explore?metric=idps&location=SYR&point=...}), which the API's rule against unknown query
 * parameters (common/QueryParamGuard) must not judge, and neither page belongs in the OpenAPI document.
 */
@ApplicationScoped
class ExplorePages {

    private static final Buffer FRONT = page("META-INF/resources/index.html");
    private static final Buffer EXPLORER = page("META-INF/resources/explore/index.html");

    void routes(@Observes Router router) {
        router.get("/").handler(ctx -> html(ctx, FRONT));
        router.get("/explore").handler(ctx -> html(ctx, EXPLORER));
    }

    private static void html(RoutingContext ctx, Buffer page) {
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(page);
    }

    private static Buffer page(String resource) {
        try (InputStream in = ExplorePages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
