package org.humstats.aggregate;

import org.humstats.figure.Breakdown;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;
import org.humstats.figure.FigureStatus;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Fluent construction of figures for tests; ids are readable and deterministic (00000000-...-<n>). */
final class TestFigure {

    private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000);

    private UUID id = new UUID(0, NEXT_ID.getAndIncrement());
    private final String location;
    private final Kind kind;
    private final long value;
    private final LocalDate start;
    private final LocalDate end;
    private String source = "un-ocha";
    private int priority;
    private Long low;
    private Long high;
    private Qualifier qualifier = Qualifier.EXACT;
    private LocalDate documentDate;
    private FigureStatus status = FigureStatus.REPORTED;
    private Breakdown breakdown = Breakdown.WHOLE;
    private DatePrecision originPrecision = DatePrecision.DAY;

    private TestFigure(String location, Kind kind, long value, LocalDate start, LocalDate end) {
        this.location = location;
        this.kind = kind;
        this.value = value;
        this.start = start;
        this.end = end;
    }

    static TestFigure flow(String location, String start, String end, long value) {
        return new TestFigure(location, Kind.FLOW, value, LocalDate.parse(start), LocalDate.parse(end));
    }

    static TestFigure cumulative(String location, String origin, String asOf, long value) {
        return new TestFigure(location, Kind.CUMULATIVE, value, LocalDate.parse(origin), LocalDate.parse(asOf));
    }

    static TestFigure stock(String location, String asOf, long value) {
        return new TestFigure(location, Kind.STOCK, value, null, LocalDate.parse(asOf));
    }

    static UUID uuid(long n) {
        return new UUID(0, n);
    }

    TestFigure id(long n) {
        this.id = uuid(n);
        return this;
    }

    TestFigure source(String source) {
        this.source = source;
        return this;
    }

    TestFigure source(String source, int priority) {
        this.source = source;
        this.priority = priority;
        return this;
    }

    TestFigure bounds(Long low, Long high) {
        this.low = low;
        this.high = high;
        return this;
    }

    TestFigure qualifier(Qualifier qualifier) {
        this.qualifier = qualifier;
        return this;
    }

    TestFigure published(String date) {
        this.documentDate = LocalDate.parse(date);
        return this;
    }

    TestFigure status(FigureStatus status) {
        this.status = status;
        return this;
    }

    /** Who the figure counts, e.g. {@code breakdown(Breakdown.Dimension.SEX, "female")}. */
    TestFigure breakdown(Breakdown.Dimension dimension, String part) {
        this.breakdown = breakdown.with(dimension, part);
        return this;
    }

    TestFigure originPrecision(DatePrecision precision) {
        this.originPrecision = precision;
        return this;
    }

    CountedFigure build() {
        return new CountedFigure(id, location, source, priority, kind, value, low, high, qualifier, start, end,
                documentDate, status, breakdown, originPrecision);
    }
}
