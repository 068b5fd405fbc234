package org.humstats.common;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Answers meant for one caller only (key management): {@link HttpCaching} sends them {@code Cache-Control: private,
 * no-store}, so no shared cache keeps them and no later visitor of the same proxy sees them.
 */
public final class PrivateAnswers {

    private static final String PROPERTY = "humstats.private-answer";

    private PrivateAnswers() {
    }

    public static void mark(ContainerRequestContext request) {
        request.setProperty(PROPERTY, Boolean.TRUE);
    }

    static boolean marked(ContainerRequestContext request) {
        return Boolean.TRUE.equals(request.getProperty(PROPERTY));
    }
}
