package org.humstats.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.humstats.common.HumStatsConfig;

/**
 * Token buckets (Bucket4j), one per API key and one per client address for requests without a key: a client may
 * send a burst of its limit, then requests come back evenly over the minute. Each instance of the service keeps its
 * own buckets. An idle bucket is full again after a minute, so forgetting it then changes nothing; the cache is also
 * bounded in size, so a flood of addresses cannot fill the heap.
 */
@ApplicationScoped
class RateLimits {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** What one request cost: the numbers for the RateLimit headers, and whether it may go on. */
    record Allowance(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
        static final String PROPERTY = "humstats.rate-limit";
    }

    private final Cache<String, Bucket> buckets;
    private final HumStatsConfig.RateLimit config;

    @Inject
    RateLimits(HumStatsConfig config) {
        this.config = config.rateLimit();
        this.buckets = Caffeine.newBuilder().maximumSize(this.config.maxTrackedClients())
                .expireAfterAccess(WINDOW.plusSeconds(5)).build();
    }

    boolean enabled() {
        return config.enabled();
    }

    /** Takes one request from the key's allowance, or from the address's when there is no key. */
    Allowance take(UUID keyId, String clientAddress) {
        int limit = keyId != null ? config.keyPerMinute() : config.anonymousPerMinute();
        String client = keyId != null ? "key " + keyId : "address " + clientAddress;
        Bucket bucket = buckets.get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, WINDOW).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Allowance(probe.isConsumed(), limit, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
