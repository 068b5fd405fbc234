package org.humstats.figure;

import jakarta.ws.rs.QueryParam;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.humstats.common.Params;
import org.humstats.common.ProblemException;

/**
 * The breakdown query parameters ({@code subject}, {@code sex}, {@code age}, {@code population_group}, {@code sector},
 * {@code cause}, {@code unit}) shared by the figure list, the exports, aggregates and time series. A list filters by
 * those given; a count takes the breakdown they name, the whole by default (docs/counting.md#breakdowns).
 */
public class BreakdownParams {

    @QueryParam("subject")
    @Parameter(description = "Who is counted, as the figure's subject says (e.g. civilians). Counts: empty = everyone.",
            example = "civilians")
    public String subject;

    @QueryParam("sex")
    @Parameter(description = "all, female or male. Counts: default all (the whole).", example = "female")
    public String sex;

    @QueryParam("age")
    @Parameter(description = "all or an age band in years (0-17, 18-59, 60+). Counts: default all.", example = "0-17")
    public String age;

    @QueryParam("population_group")
    @Parameter(description = "all or a population group slug (idps, refugees, returnees, host_community). Counts: default all.",
            example = "idps")
    public String populationGroup;

    @QueryParam("sector")
    @Parameter(description = "all or a sector slug (health, food-security, ...). Counts: default all.", example = "health")
    public String sector;

    @QueryParam("cause")
    @Parameter(description = "all, conflict, disaster or another cause slug. Counts: default all.", example = "conflict")
    public String cause;

    @QueryParam("unit")
    @Parameter(description = "people or households. Counts: default people.", example = "households")
    public String unit;

    /** The parts given, each checked: a bad value is a 400 naming its parameter. */
    public Map<Breakdown.Dimension, String> given() {
        Map<Breakdown.Dimension, String> given = new EnumMap<>(Breakdown.Dimension.class);
        put(given, Breakdown.Dimension.SUBJECT, subject);
        put(given, Breakdown.Dimension.SEX, sex);
        put(given, Breakdown.Dimension.AGE, age);
        put(given, Breakdown.Dimension.POPULATION_GROUP, populationGroup);
        put(given, Breakdown.Dimension.SECTOR, sector);
        put(given, Breakdown.Dimension.CAUSE, cause);
        put(given, Breakdown.Dimension.UNIT, unit);
        return given;
    }

    /** The breakdown a count is asked for: the parts given, the whole's defaults for the others. */
    public Breakdown asked() {
        Breakdown b = Breakdown.WHOLE;
        for (Map.Entry<Breakdown.Dimension, String> e : given().entrySet()) {
            b = b.with(e.getKey(), e.getValue());
        }
        return b;
    }

    private static void put(Map<Breakdown.Dimension, String> given, Breakdown.Dimension d, String text) {
        String value = Params.optionalText(text);
        if (value == null) {
            return;
        }
        if (d != Breakdown.Dimension.SUBJECT) {
            value = value.toLowerCase(Locale.ROOT);
        }
        String problem = Breakdown.problem(d, value);
        if (problem != null) {
            throw ProblemException.invalidParameter(d.wire(), problem);
        }
        given.put(d, value);
    }
}
