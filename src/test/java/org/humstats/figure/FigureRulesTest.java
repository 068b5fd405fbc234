package org.humstats.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.humstats.common.Problem.FieldError;
import org.junit.jupiter.api.Test;

class FigureRulesTest {

    private static FigureInput figure(Kind kind, Long value, Long low, Long high, Qualifier q, String start, String end) {
        return new FigureInput(null, "displaced", kind, value, low, high, q, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), null, "SY0902", "un-ocha", null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(FigureInput f) {
        return FigureRules.check(f).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsAPlainFlow() {
        assertEquals(List.of(), fields(figure(Kind.FLOW, 120000L, null, null, null, "2017-10-15", "2017-11-08")));
    }

    @Test
    void rejectsNegativeValuesAndBoundsOnTheWrongSide() {
        assertEquals(List.of("value"), fields(figure(Kind.FLOW, -1L, null, null, null, "2017-01-01", "2017-01-02")));
        assertTrue(fields(figure(Kind.FLOW, 10L, 11L, null, Qualifier.APPROXIMATELY, "2017-01-01", "2017-01-02")).contains("low"));
        assertTrue(fields(figure(Kind.FLOW, 10L, null, 9L, Qualifier.APPROXIMATELY, "2017-01-01", "2017-01-02")).contains("high"));
    }

    @Test
    void keepsQualifierAndBoundsConsistent() {
        assertEquals(List.of("high"), fields(figure(Kind.STOCK, 330000L, null, 400000L, Qualifier.AT_LEAST, null, "2017-11-08")));
        assertEquals(List.of("low"), fields(figure(Kind.STOCK, 500L, 100L, null, Qualifier.AT_MOST, null, "2017-11-08")));
        assertEquals(List.of("low", "high"), fields(figure(Kind.STOCK, 500L, null, null, Qualifier.RANGE, null, "2017-11-08")));
        assertEquals(List.of("low"), fields(figure(Kind.STOCK, 500L, 400L, null, Qualifier.EXACT, null, "2017-11-08")));
        assertEquals(List.of(), fields(figure(Kind.STOCK, 35000L, 20000L, 50000L, Qualifier.RANGE, null, "2017-11-08")));
    }

    @Test
    void appliesThePeriodRulesOfEachKind() {
        assertEquals(List.of("period_start"), fields(figure(Kind.STOCK, 1500L, null, null, null, "2017-11-01", "2017-11-08")));
        assertEquals(List.of("period_start"), fields(figure(Kind.FLOW, 1L, null, null, null, null, "2017-11-08")));
        assertEquals(List.of("period_start"), fields(figure(Kind.FLOW, 1L, null, null, null, "2017-11-09", "2017-11-08")));
        assertEquals(List.of("period_start"), fields(figure(Kind.CUMULATIVE, 1L, null, null, null, null, "2017-11-08")));
        assertEquals(List.of(), fields(figure(Kind.CUMULATIVE, 330000L, null, null, Qualifier.AT_LEAST, "2011-03-01", "2017-11-08")));
        assertEquals(List.of(), fields(figure(Kind.FLOW, 1L, null, null, null, "2017-11-08", "2017-11-08")));
    }

    @Test
    void listsEveryMissingFieldAtOnce() {
        FigureInput empty = new FigureInput(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        assertEquals(List.of("metric", "kind", "value", "location_code", "source", "period_end"), fields(empty));
    }

    @Test
    void sendsRetractionsToTheirOwnEndpoint() {
        FigureInput f = new FigureInput(null, "killed", Kind.STOCK, 1L, null, null, null, null, LocalDate.parse("2017-01-01"),
                null, "SYR", "sohr", null, null, null, null, null, null, FigureStatus.RETRACTED, null);
        assertEquals(List.of("status"), fields(f));
    }
}
