package org.humstats.figure;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.humstats.common.Params;
import org.humstats.common.ProblemException;
import org.humstats.source.SourceType;

/** The figure filters, shared by the list, the CSV and (later) the exports. */
public class FigureQuery extends BreakdownParams {

    @QueryParam("metric")
    @Parameter(description = "Metric code", example = "displaced")
    public String metric;

    @QueryParam("kind")
    @Parameter(description = "stock, flow or cumulative", example = "flow")
    public String kind;

    @QueryParam("location")
    @Parameter(description = "Location code; includes every location inside it unless descendants=false", example = "SY09")
    public String location;

    @QueryParam("descendants")
    @Parameter(description = "With `location`: false keeps only figures of that location itself (default true)", example = "true")
    public String descendants;

    @QueryParam("country")
    @Parameter(description = "ISO3 of the country the figure's location lies in", example = "SYR")
    public String country;

    @QueryParam("source")
    @Parameter(description = "Source id of the body that made the estimate", example = "un-ocha")
    public String source;

    @QueryParam("source_type")
    @Parameter(description = "Type of that body: un_agency, ngo, government, military, armed_group, monitoring_group, media, academic, other",
            example = "un_agency")
    public String sourceType;

    @QueryParam("status")
    @Parameter(description = "Comma-separated statuses (reported, verified, disputed, retracted) or `all`. "
            + "Default: everything but retracted figures.", example = "reported,verified")
    public String status;

    @QueryParam("from")
    @Parameter(description = "Figures whose period overlaps [from, to]: period ends on or after this date", example = "2017-01-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Figures whose period overlaps [from, to]: period starts (or, for a stock, is dated) on or before this date",
            example = "2017-12-31")
    public String to;

    @QueryParam("updated_since")
    @Parameter(description = "Only figures whose updated_at is at or after this time (RFC 3339 or a date). A figure imported "
            + "from an export keeps the times of the file; to follow everything that arrives, use GET /api/v1/changes.",
            example = "2017-11-01T00:00:00Z")
    public String updatedSince;

    @QueryParam("q")
    @Parameter(description = "Words in the quote, notes, subject or attribution (case-insensitive)", example = "Linda Tom")
    public String q;

    /** The parsed filters. */
    public record Parsed(String metric, Kind kind, String location, boolean descendants, String country, String source,
                         SourceType sourceType, Set<FigureStatus> statuses, LocalDate from, LocalDate to,
                         Instant updatedSince, String q, Map<Breakdown.Dimension, String> breakdown) {
    }

    public Parsed parse() {
        LocalDate f = Params.date("from", from);
        LocalDate t = Params.date("to", to);
        if (f != null && t != null && f.isAfter(t)) {
            throw ProblemException.invalidParameter("from", "is " + f + ", after to (" + t + ")");
        }
        return new Parsed(Params.optionalText(metric), Params.choice("kind", kind, Kind.class, null), Params.optionalText(location),
                Params.bool("descendants", descendants, true), country == null ? null : country.trim().toUpperCase(),
                Params.optionalText(source), Params.choice("source_type", sourceType, SourceType.class, null), statuses(),
                f, t, Params.timestamp("updated_since", updatedSince), Params.optionalText(q), given());
    }

    private Set<FigureStatus> statuses() {
        return statuses(status, FigureStatus.LISTED_BY_DEFAULT);
    }

    /** A {@code status} query parameter (a list or {@code all}); a bad one is a 400 naming it. */
    public static Set<FigureStatus> statuses(String text, Set<FigureStatus> fallback) {
        try {
            return FigureStatus.parseList(text, fallback);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("status", e.getMessage());
        }
    }
}
