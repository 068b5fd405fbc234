package org.humstats.figure;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.humstats.common.WireNamed;

/** Where a figure stands editorially. Only reported and verified figures are counted unless a request widens it. */
public enum FigureStatus implements WireNamed {
    REPORTED(2), VERIFIED(3), DISPUTED(1), RETRACTED(0);

    /** What aggregates and time series count unless asked otherwise (rule 1, docs/counting.md#1-counted-statuses). */
    public static final Set<FigureStatus> COUNTED_BY_DEFAULT = Collections.unmodifiableSet(EnumSet.of(REPORTED, VERIFIED));

    /** What figure lists show unless asked otherwise: everything but retracted figures. */
    public static final Set<FigureStatus> LISTED_BY_DEFAULT = Collections.unmodifiableSet(EnumSet.of(REPORTED, VERIFIED, DISPUTED));

    private final int trust;

    FigureStatus(int trust) {
        this.trust = trust;
    }

    @JsonValue
    @Override
    public String wire() {
        return WireNamed.super.wire();
    }

    /**
     * The order {@code policy=preferred} ranks sources by (rule 4, docs/counting.md#4-across-sources): verified beats
     * reported; when a request widens the counted statuses, disputed ranks below reported and retracted below
     * everything.
     */
    public int trust() {
        return trust;
    }

    /**
     * A {@code status} parameter: comma-separated wire names, or {@code all}; blank gives {@code fallback}.
     *
     * @throws IllegalArgumentException naming the first unknown status and the allowed values
     */
    public static Set<FigureStatus> parseList(String text, Set<FigureStatus> fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (text.trim().equals("all")) {
            return Collections.unmodifiableSet(EnumSet.allOf(FigureStatus.class));
        }
        Set<FigureStatus> set = EnumSet.noneOf(FigureStatus.class);
        Arrays.stream(text.split(",")).map(String::trim).forEach(s -> {
            try {
                set.add(WireNamed.parse(FigureStatus.class, s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + ", or all");
            }
        });
        return Collections.unmodifiableSet(set);
    }
}
