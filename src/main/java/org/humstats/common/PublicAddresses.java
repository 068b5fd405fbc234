package org.humstats.common;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses the service hands out ({@code Link: rel="next"}, {@code Location}) start with the configured public
 * base URL, or are relative without one. JAX-RS builds them from the request's {@code Host}, which any client can
 * forge; a forged host in the {@code Link} of a publicly cached page would send the next reader elsewhere.
 */
@Provider
class PublicAddresses implements ContainerResponseFilter {

    private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

    /** Looked up per request: providers are created before the configuration mappings exist. */
    @Inject
    Instance<HumStatsConfig> config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.LOCATION) && !headers.containsKey("Link")) {
            return;
        }
        String base = config.get().publicBaseUrl().map(PublicAddresses::withoutTrailingSlash).orElse("");
        List<Object> locations = headers.get(HttpHeaders.LOCATION);
        if (locations != null) {
            locations.replaceAll(l -> URI.create(rebase(l.toString(), base)));
        }
        List<Object> links = headers.get("Link");
        if (links != null) {
            links.replaceAll(l -> {
                Matcher m = LINK_TARGET.matcher(l.toString());
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(out, Matcher.quoteReplacement("<" + rebase(m.group(1), base) + ">"));
                }
                return m.appendTail(out).toString();
            });
        }
    }

    /** The same path and query, under the public base (or none). */
    static String rebase(String address, String base) {
        URI uri = URI.create(address);
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return base + pathAndQuery;
    }

    private static String withoutTrailingSlash(URI base) {
        String text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
