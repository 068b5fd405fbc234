package org.humstats.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The largest request body an endpoint accepts; without it, {@link BodySizeLimit#DEFAULT_LIMIT}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
    long bytes();

    /** A configuration property that, when set, overrides {@link #bytes()} (so a deployment, or a test, can change it). */
    String property() default "";
}
