package org.humstats.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The list envelope of every collection endpoint. */
public record Page<T>(List<T> data, Info page) {

    /** {@code next_cursor} is null on the last page; {@code total} only with {@code with_total=true}. */
    public record Info(int limit, String nextCursor, @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {
    }
}
