package org.humstats.figure;

import java.util.ArrayList;
import java.util.List;
import org.humstats.common.Problem.FieldError;
import org.humstats.common.StoredValues;
import org.humstats.document.DocumentInput;

/**
 * The rules a figure must meet on its own, before any lookup: presence, bounds, qualifier and period.
 * Returns every problem at once, each naming its field, so an editor fixes a figure in one round.
 */
public final class FigureRules {

    private FigureRules() {
    }

    /** The rules for a figure entered through the API. */
    public static List<FieldError> check(FigureInput f) {
        return check(f, false);
    }

    /**
     * @param imported a row of an import, which may carry a figure's whole state: a retraction (with its reason), and
     *                 both the id of its document and the document's citation (from which the import creates it)
     */
    public static List<FieldError> check(FigureInput f, boolean imported) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "metric", f.metric());
        required(errors, "kind", f.kind());
        required(errors, "value", f.value());
        required(errors, "location_code", f.locationCode());
        required(errors, "source", f.source());
        required(errors, "period_end", f.periodEnd());
        checkStorable(f, errors);
        checkBounds(f, errors);
        checkPeriod(f, errors);
        errors.addAll(new Breakdown(f.subject(), f.sex(), f.age(), f.populationGroup(), f.sector(), f.cause(), f.unit())
                .problems());
        checkOriginPrecision(f, errors);
        if (f.status() == FigureStatus.RETRACTED && !imported) {
            errors.add(new FieldError("status", "a figure is retracted with POST /api/v1/figures/{id}/retraction, giving a reason"));
        }
        if (f.status() == FigureStatus.RETRACTED && imported && (f.statusReason() == null || f.statusReason().isBlank())) {
            errors.add(new FieldError("status_reason", "a retracted figure needs the reason it was withdrawn"));
        }
        if (f.documentId() != null && f.document() != null && !imported) {
            errors.add(new FieldError("document", "give either document_id or an embedded document, not both"));
        }
        return errors;
    }

    /**
     * What every entrance refuses ({@link StoredValues}): the JSON reader does so for a body, this does it for the rows of
     * a CSV, NDJSON or HXL file and for what any other path builds. Counts out of range are reported by the bounds check.
     */
    private static void checkStorable(FigureInput f, List<FieldError> errors) {
        text(errors, "metric", f.metric());
        text(errors, "location_code", f.locationCode());
        text(errors, "source", f.source());
        text(errors, "attributed_to", f.attributedTo());
        text(errors, "subject", f.subject());
        text(errors, "quote", f.quote());
        text(errors, "notes", f.notes());
        text(errors, "status_reason", f.statusReason());
        date(errors, "period_start", f.periodStart());
        date(errors, "period_end", f.periodEnd());
        DocumentInput d = f.document();
        if (d != null) {
            text(errors, "document.title", d.title());
            text(errors, "document.publisher", d.publisher());
            text(errors, "document.url", d.url());
            text(errors, "document.language", d.language());
            date(errors, "document.published_on", d.publishedOn());
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        String problem = StoredValues.textProblem(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }

    private static void date(List<FieldError> errors, String field, java.time.LocalDate value) {
        String problem = StoredValues.dateProblem(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }

    private static void checkBounds(FigureInput f, List<FieldError> errors) {
        Long value = f.value();
        Long low = f.low();
        Long high = f.high();
        nonNegative(errors, "value", value);
        nonNegative(errors, "low", low);
        nonNegative(errors, "high", high);
        if (value != null && low != null && low > value) {
            errors.add(new FieldError("low", "is " + low + ", above the value " + value));
        }
        if (value != null && high != null && high < value) {
            errors.add(new FieldError("high", "is " + high + ", below the value " + value));
        }
        Qualifier q = f.qualifier() == null ? Qualifier.EXACT : f.qualifier();
        switch (q) {
            case EXACT -> {
                if (value != null && low != null && !low.equals(value)) {
                    errors.add(new FieldError("low", "an exact figure has no range; leave low empty or use qualifier approximately or range"));
                }
                if (value != null && high != null && !high.equals(value)) {
                    errors.add(new FieldError("high", "an exact figure has no range; leave high empty or use qualifier approximately or range"));
                }
            }
            case AT_LEAST -> {
                if (high != null) {
                    errors.add(new FieldError("high", "an at_least (\"more than\") figure has no upper bound; leave high empty"));
                }
            }
            case AT_MOST -> {
                if (low != null) {
                    errors.add(new FieldError("low", "an at_most (\"up to\") figure has no lower bound; leave low empty"));
                }
            }
            case RANGE -> {
                if (low == null) {
                    errors.add(new FieldError("low", "a range needs both low and high (\"20,000 to 50,000\" is low 20000, high 50000)"));
                }
                if (high == null) {
                    errors.add(new FieldError("high", "a range needs both low and high (\"20,000 to 50,000\" is low 20000, high 50000)"));
                }
            }
            case APPROXIMATELY -> {
                // bounds are optional
            }
        }
    }

    private static void checkPeriod(FigureInput f, List<FieldError> errors) {
        if (f.kind() == null) {
            return;
        }
        switch (f.kind()) {
            case STOCK -> {
                if (f.periodStart() != null) {
                    errors.add(new FieldError("period_start", "a stock is a count at one moment: leave period_start empty "
                            + "and put the as-of date in period_end"));
                }
            }
            case FLOW -> {
                if (f.periodStart() == null) {
                    errors.add(new FieldError("period_start", "a flow needs the first day of its period"));
                } else if (f.periodEnd() != null && f.periodStart().isAfter(f.periodEnd())) {
                    errors.add(new FieldError("period_start", "is " + f.periodStart() + ", after period_end " + f.periodEnd()));
                }
            }
            case CUMULATIVE -> {
                if (f.periodStart() == null) {
                    errors.add(new FieldError("period_start", "a cumulative figure needs its origin date (\"since March 2011\" is 2011-03-01)"));
                } else if (f.periodEnd() != null && f.periodStart().isAfter(f.periodEnd())) {
                    errors.add(new FieldError("period_start", "the origin " + f.periodStart() + " is after the as-of date " + f.periodEnd()));
                }
            }
        }
    }

    /** Rule 7 (docs/counting.md#7-time-series): "since March 2011" is stored as 2011-03-01 with precision month. */
    private static void checkOriginPrecision(FigureInput f, List<FieldError> errors) {
        DatePrecision p = f.originPrecision();
        if (p == null || p == DatePrecision.DAY) {
            return;
        }
        if (p == DatePrecision.APPROXIMATE) {
            errors.add(new FieldError("origin_precision", "is day, month or year; an origin known only approximately "
                    + "cannot join a running total"));
        } else if (f.kind() != null && f.kind() != Kind.CUMULATIVE) {
            errors.add(new FieldError("origin_precision", "only a cumulative figure has an origin; leave it empty"));
        } else if (f.periodStart() != null && p == DatePrecision.MONTH && f.periodStart().getDayOfMonth() != 1) {
            errors.add(new FieldError("period_start", "with origin_precision month, give the first day of the month ("
                    + f.periodStart().withDayOfMonth(1) + ")"));
        } else if (f.periodStart() != null && p == DatePrecision.YEAR && f.periodStart().getDayOfYear() != 1) {
            errors.add(new FieldError("period_start", "with origin_precision year, give 1 January ("
                    + f.periodStart().withDayOfYear(1) + ")"));
        }
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, Long n) {
        String problem = StoredValues.countProblem(n);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }
}
