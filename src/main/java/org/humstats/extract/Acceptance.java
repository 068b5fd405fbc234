package org.humstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.humstats.common.ProblemException;
import org.humstats.figure.FigureInput;

/**
 * The one place where a reviewed candidate becomes a figure: the candidate's fields with the editor's corrections, the
 * document as citation, the sentence as quote. The figure service then checks it like any figure typed in by hand.
 */
final class Acceptance {

    /**
     * Breakdown fields a candidate may carry that figures cannot store yet (issue 11 adds them). When FigureInput gains one,
     * take it out of this set and pass it on in {@link #figure}: one line each. Until then a candidate in households is
     * refused (its number would be read as people), and the others are written into the figure's notes so they are not lost
     * (children, women and armed groups are also kept in the subject).
     */
    static final Set<String> NOT_YET_ON_FIGURES = Set.of("unit", "sex", "age", "cause", "origin_precision");

    private Acceptance() {
    }

    static FigureInput figure(Candidate c, Corrections x, UUID documentId, UUID extractionId) {
        String unit = x.pick("unit", c.unit);
        Long value = x.pick("value", c.value);
        if (NOT_YET_ON_FIGURES.contains("unit") && ProposedFigure.HOUSEHOLDS.equals(unit)) {
            throw new ProblemException(422, "unit-not-stored", "Figures cannot count households yet",
                    "This candidate counts " + value + " households, and figures count people: accepted as it is, it would "
                            + "be stored as " + value + " people. Correct it to people (for example {\"value\": <people>, "
                            + "\"unit\": \"people\"} when the text also gives the number of people) or reject it.", null);
        }
        if (unit != null && !unit.equals(ProposedFigure.PEOPLE) && !unit.equals(ProposedFigure.HOUSEHOLDS)) {
            throw ProblemException.validation(List.of(new org.humstats.common.Problem.FieldError("unit",
                    "'" + unit + "' is not one of: people, households")));
        }
        List<String> notes = new ArrayList<>();
        String editorNotes = x.pick("notes", null);
        if (editorNotes != null && !editorNotes.isBlank()) {
            notes.add(editorNotes.strip());
        }
        List<String> breakdown = new ArrayList<>();
        breakdown(breakdown, "sex", c.sex);
        breakdown(breakdown, "age", c.age);
        breakdown(breakdown, "cause", c.cause);
        if (!x.sent("period_start") && !x.sent("date_precision")) {
            breakdown(breakdown, "origin_precision", c.originPrecision == null ? null : c.originPrecision.wire());
        }
        if (!breakdown.isEmpty()) {
            notes.add("Breakdown given by the text, not yet a figure field: " + String.join(", ", breakdown) + ".");
        }
        notes.add("Accepted from extraction " + extractionId + " (candidate " + c.id + ").");
        return new FigureInput(null,
                x.pick("metric", c.metric),
                x.pick("kind", c.kind),
                x.pick("value", c.value),
                x.pick("low", c.low),
                x.pick("high", c.high),
                x.pick("qualifier", c.qualifier),
                x.pick("period_start", c.periodStart),
                x.pick("period_end", c.periodEnd),
                x.pick("date_precision", c.datePrecision),
                x.pick("location_code", c.locationCode),
                x.pick("source", c.source),
                documentId,
                null,
                x.pick("attributed_to", c.attributedTo),
                x.pick("subject", c.subject),
                x.pick("quote", c.quote),
                clip(String.join(" ", notes), 4000),
                null,
                null);
    }

    private static void breakdown(List<String> out, String field, String value) {
        if (value != null && NOT_YET_ON_FIGURES.contains(field)) {
            out.add(field + " " + value);
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
