package org.humstats.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of HumStats (the {@code humstats.*} keys), typed and documented in one place. Each can be set in
 * {@code application.properties} or as an environment variable (upper case, dots and dashes as underscores: {@code
 * humstats.cache.max-age} is {@code HUMSTATS_CACHE_MAX_AGE}); the README lists them.
 */
@ConfigMapping(prefix = "humstats")
public interface HumStatsConfig {

    /**
     * An admin API key for a fresh deployment ({@code HUMSTATS_ADMIN_KEY}). Stored hashed like every key; when it
     * changes, the previous one stops working.
     */
    @WithName("admin-key")
    Optional<String> adminKey();

    /**
     * The address clients reach the service at, such as {@code https://api.example.org} ({@code
     * HUMSTATS_PUBLIC_BASE_URL}). {@code Link} and {@code Location} headers start with it; without it they are relative
     * ({@code /api/v1/...}). They are never built from the request's {@code Host}, which a client can forge.
     */
    @WithName("public-base-url")
    Optional<URI> publicBaseUrl();

    /** HTTP caching of GET answers. */
    Cache cache();

    /** How many requests a client may send per minute, per API key or, without one, per client address. */
    @WithName("rate-limit")
    RateLimit rateLimit();

    /** The seed data of {@code seed-data/}. */
    Seed seed();

    /** Bulk imports of figures ({@code POST /api/v1/imports}). */
    @WithName("import")
    Imports imports();

    /** Reading reports for figures ({@code POST /api/v1/extractions}). */
    Extraction extraction();

    /** Defaults of the database connection, set by the build flavour; {@code HUMSTATS_DB_*} override them. */
    Db db();

    /** How this instance learns of changes made by other instances (reference data in memory, Last-Modified). */
    @WithName("data-clock")
    DataClockSettings dataClock();

    interface Cache {
        /** Seconds a client or proxy may reuse an answer without asking again ({@code Cache-Control: max-age}). */
        @WithDefault("60")
        int maxAge();
    }

    interface RateLimit {
        /** Whether requests are limited at all ({@code HUMSTATS_RATE_LIMIT_ENABLED}); off only for benchmarks. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Requests per minute from one client address without an API key ({@code
         * HUMSTATS_RATE_LIMIT_ANONYMOUS_PER_MINUTE}); a burst of this many is allowed, then they come back evenly.
         */
        @WithDefault("300")
        int anonymousPerMinute();

        /** Requests per minute with one API key, whatever address they come from ({@code HUMSTATS_RATE_LIMIT_KEY_PER_MINUTE}). */
        @WithDefault("1200")
        int keyPerMinute();

        /**
         * How many clients (addresses and keys) are followed at once; past it the longest idle is forgotten. Bounds
         * the memory the limits take (about 200 bytes a client).
         */
        @WithDefault("100000")
        int maxTrackedClients();
    }

    interface Seed {
        /** Whether the seed data is loaded at start-up (once, into an empty database; never duplicated). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Imports {
        /** The largest file an import accepts, in bytes (a larger one is a 413); 256 MiB by default. */
        @WithDefault("268435456")
        long maxBytes();

        /** How many imports may run at once; one more is answered 503 with Retry-After. */
        @WithDefault("2")
        int maxConcurrent();
    }

    interface Extraction {
        /** The largest report body accepted, in bytes (a larger one is a 413); 1 MiB, what the text column holds. */
        @WithDefault("1048576")
        long maxBytes();
    }

    interface Db {
        /** The JDBC URL used when {@code HUMSTATS_DB_URL} is not set. */
        String defaultUrl();

        /** The user name used when {@code HUMSTATS_DB_USER} is not set. */
        String defaultUser();

        /** The password used when {@code HUMSTATS_DB_PASSWORD} is not set (may be empty). */
        Optional<String> defaultPassword();

        /**
         * How long the service waits at start-up for the database to answer (H2 recovering its file after a crash,
         * PostgreSQL still starting) before it gives up.
         */
        @WithDefault("5M")
        Duration startupWait();
    }

    interface DataClockSettings {
        /**
         * How often the change clock is read to notice other instances' writes ({@code
         * HUMSTATS_DATA_CLOCK_POLL_INTERVAL}); a place or source renamed on another instance shows here within this time.
         */
        @WithDefault("1S")
        Duration pollInterval();
    }
}
