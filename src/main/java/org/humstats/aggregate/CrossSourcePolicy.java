package org.humstats.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule 4 (docs/counting.md#4-across-sources): one value for a location from the estimates of several sources.
 * The value follows the policy; the range never does: low is the smallest low, high the largest high, and
 * one unbounded source leaves that side unbounded. Each source's own value is kept, flagged
 * {@code chosen} when it decided the value (the preferred / max / min source, the middle one or two for median,
 * all of them for mean).
 */
final class CrossSourcePolicy {

    record Outcome(Estimate estimate, List<SourceValue> sources) {
    }

    private CrossSourcePolicy() {
    }

    static Outcome apply(Policy policy, List<SourceEstimate> estimates) {
        if (estimates.isEmpty()) {
            throw new IllegalArgumentException("no source estimates to combine");
        }
        List<SourceEstimate> preferredFirst = new ArrayList<>(estimates);
        preferredFirst.sort(SourceEstimate.PREFERRED_FIRST);
        // Ascending by value; equal values keep the preferred order so ties resolve the same way every time.
        List<SourceEstimate> byValue = new ArrayList<>(preferredFirst);
        byValue.sort(Comparator.comparingLong(s -> s.estimate().value()));

        Set<String> chosen = new HashSet<>();
        long value;
        switch (policy) {
            case PREFERRED -> {
                value = preferredFirst.get(0).estimate().value();
                chosen.add(preferredFirst.get(0).source());
            }
            case MAX -> {
                long max = byValue.get(byValue.size() - 1).estimate().value();
                SourceEstimate first = preferredFirst.stream().filter(s -> s.estimate().value() == max).findFirst().orElseThrow();
                value = max;
                chosen.add(first.source());
            }
            case MIN -> {
                SourceEstimate lowest = byValue.get(0);
                value = lowest.estimate().value();
                chosen.add(lowest.source());
            }
            case MEDIAN -> {
                int n = byValue.size();
                SourceEstimate upper = byValue.get(n / 2);
                if (n % 2 == 1) {
                    value = upper.estimate().value();
                    chosen.add(upper.source());
                } else {
                    SourceEstimate lower = byValue.get(n / 2 - 1);
                    value = roundHalfUp(BigDecimal.valueOf(lower.estimate().value())
                            .add(BigDecimal.valueOf(upper.estimate().value())), 2);
                    chosen.add(lower.source());
                    chosen.add(upper.source());
                }
            }
            case MEAN -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (SourceEstimate s : byValue) {
                    sum = sum.add(BigDecimal.valueOf(s.estimate().value()));
                    chosen.add(s.source());
                }
                value = roundHalfUp(sum, byValue.size());
            }
            default -> throw new IllegalStateException("unhandled policy " + policy);
        }

        Long low = 0L;
        Long high = 0L;
        boolean firstSource = true;
        for (SourceEstimate s : estimates) {
            Estimate e = s.estimate();
            low = firstSource ? e.low() : (low == null || e.low() == null ? null : Math.min(low, e.low()));
            high = firstSource ? e.high() : (high == null || e.high() == null ? null : Math.max(high, e.high()));
            firstSource = false;
        }

        List<SourceValue> sources = preferredFirst.stream()
                .map(s -> new SourceValue(s.source(), s.estimate().value(), s.estimate().low(), s.estimate().high(),
                        chosen.contains(s.source())))
                .toList();
        return new Outcome(new Estimate(value, low, high), sources);
    }

    /** Rule 4 (docs/counting.md#4-across-sources): "rounded half up" - 2.5 becomes 3. */
    static long roundHalfUp(BigDecimal dividend, int divisor) {
        return dividend.divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
