package org.humstats.aggregate;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.Formats;
import org.humstats.common.Params;
import org.humstats.common.ProblemException;
import org.humstats.figure.BreakdownParams;
import org.humstats.figure.FigureQuery;
import org.humstats.figure.FigureStatus;

@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Formats.CSV})
@Tag(name = "Aggregates and time series", description = "Totals that never double count, never add a stock to a flow and never "
        + "hide that sources disagree. Every number can be explained with `explain=true`.")
public class AggregateResource {

    @Inject
    AggregateService service;

    @GET
    @Path("/aggregates")
    @Operation(summary = "Aggregate a metric over a place and a window",
            description = "One row per location (and kind: flows and stocks are never added together). A place's value is its own "
                    + "figures when it has any (`basis: direct`, with each source's value in `sources`), otherwise the sum of its "
                    + "children (`basis: children`, with `coverage`). Within one source, overlapping flows are counted once; across "
                    + "sources, `policy` picks the value and `low`/`high` show the range (null = unbounded, e.g. \"more than\"). "
                    + "Example: `metric=displaced&location=SY09&from=2017-10-01&to=2017-12-31`.")
    @APIResponse(responseCode = "200", description = "The aggregate", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = Formats.CSV)})
    @APIResponse(responseCode = "400", description = "Unknown metric or location, from after to, or a bad parameter value")
    public Response aggregate(
            @Parameter(description = "Metric code (required)", required = true, example = "displaced") @QueryParam("metric") String metric,
            @Parameter(description = "Window start (inclusive); empty = unbounded", example = "2017-10-01") @QueryParam("from") String from,
            @Parameter(description = "Window end (inclusive); empty = unbounded", example = "2017-12-31") @QueryParam("to") String to,
            @Parameter(description = "Scope: a location code; empty = the world (one row per country)", example = "SY09")
            @QueryParam("location") String location,
            @Parameter(description = "Admin level of the rows (e.g. 1 = one row per governorate inside the scope that has data); "
                    + "default: the scope itself", example = "2") @QueryParam("level") String level,
            @Parameter(description = "location (default), source (one row per location and source, no cross-source policy), "
                    + "source_type, or a breakdown dimension: subject, sex, age, population_group, sector, cause, unit (one row "
                    + "per part, the part named in `breakdown`; the other dimensions stay as asked)", example = "sex")
            @QueryParam("group_by") String groupBy,
            @Parameter(description = "How to choose among sources: preferred (default: verified first, then source priority, then "
                    + "the most recent), max, min, median or mean", example = "preferred") @QueryParam("policy") String policy,
            @Parameter(description = "prefer_direct (default), direct (only a place's own figures) or children (always the sum of "
                    + "its children)", example = "prefer_direct") @QueryParam("rollup") String rollup,
            @Parameter(description = "true adds, per row, the ids of the figures used and of those excluded with the reason",
                    example = "false") @QueryParam("explain") String explain,
            @Parameter(description = "Statuses counted, comma-separated (reported, verified, disputed, retracted) or `all`; default reported,verified", example = "reported,verified")
            @QueryParam("status") String status,
            @Parameter(description = "json (default) or csv; overrides the Accept header", example = "json") @QueryParam("format") String format,
            @BeanParam BreakdownParams breakdown,
            @Context HttpHeaders headers) {
        LocalDate f = Params.date("from", from);
        LocalDate t = Params.date("to", to);
        checkWindow(f, t);
        Integer lvl = Params.optionalInteger("level", level);
        if (lvl != null && (lvl < 0 || lvl > 3)) {
            throw ProblemException.invalidParameter("level", "must be 0, 1, 2 or 3");
        }
        AggregateQuery q = new AggregateQuery(required("metric", metric), f, t, Params.optionalText(location), lvl,
                Params.choice("group_by", groupBy, GroupBy.class, null),
                Params.choice("policy", policy, Policy.class, null),
                Params.choice("rollup", rollup, Rollup.class, null),
                Params.bool("explain", explain, false), FigureQuery.statuses(status, FigureStatus.COUNTED_BY_DEFAULT), null,
                breakdown.asked());
        AggregateResult result = service.aggregate(q);
        if (Formats.wantsCsv(format, headers)) {
            return Formats.csv(out -> CountingCsv.aggregate(out, result), "aggregate.csv");
        }
        return Response.ok(result, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/timeseries")
    @Operation(summary = "A metric over time for one place",
            description = "Calendar-aligned buckets from the one containing `from` to the one containing `to`; every bucket is present "
                    + "(`value: null` when nothing is known). One series per kind: flows per bucket, stocks as the latest observation "
                    + "in the bucket (with `fill=previous`, carried forward and flagged), and one cumulative series per origin date "
                    + "holding the running total known at the end of each bucket. At most " + CountingRules.MAX_BUCKETS + " buckets.")
    @APIResponse(responseCode = "200", description = "The series", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = Formats.CSV)})
    @APIResponse(responseCode = "400", description = "Unknown metric or location, from after to, too many buckets, or a bad value")
    public Response timeSeries(
            @Parameter(description = "Metric code (required)", required = true, example = "displaced") @QueryParam("metric") String metric,
            @Parameter(description = "Location code (required)", required = true, example = "SY0902") @QueryParam("location") String location,
            @Parameter(description = "First day (required); the first bucket is the one containing it", required = true,
                    example = "2017-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day (required); the last bucket is the one containing it", required = true,
                    example = "2017-12-31") @QueryParam("to") String to,
            @Parameter(description = "day, week (ISO, Monday first), month (default), quarter or year", example = "quarter")
            @QueryParam("interval") String interval,
            @Parameter(description = "preferred (default), max, min, median or mean", example = "preferred") @QueryParam("policy") String policy,
            @Parameter(description = "none (default) or previous: an empty stock bucket carries the last value forward, flagged "
                    + "carried_forward", example = "none") @QueryParam("fill") String fill,
            @Parameter(description = "Only this source's figures", example = "un-ocha") @QueryParam("source") String source,
            @Parameter(description = "true adds the figures used and excluded to each point", example = "false")
            @QueryParam("explain") String explain,
            @Parameter(description = "Statuses counted, comma-separated (reported, verified, disputed, retracted) or `all`; default reported,verified", example = "reported,verified")
            @QueryParam("status") String status,
            @Parameter(description = "json (default) or csv; overrides the Accept header", example = "json") @QueryParam("format") String format,
            @BeanParam BreakdownParams breakdown,
            @Context HttpHeaders headers) {
        LocalDate f = Params.date("from", required("from", from));
        LocalDate t = Params.date("to", required("to", to));
        checkWindow(f, t);
        Interval i = Params.choice("interval", interval, Interval.class, Interval.MONTH);
        long buckets = CountingRules.bucketCount(f, t, i);
        if (buckets > CountingRules.MAX_BUCKETS) {
            throw ProblemException.invalidParameter("interval", "from " + f + " to " + t + " by " + i.wire() + " makes " + buckets
                    + " buckets; the limit is " + CountingRules.MAX_BUCKETS + ". Use a longer interval or a shorter window.");
        }
        TimeSeriesQuery q = new TimeSeriesQuery(required("metric", metric), required("location", location), f, t, i,
                Params.choice("policy", policy, Policy.class, null),
                Params.choice("fill", fill, Fill.class, null), Params.optionalText(source),
                Params.bool("explain", explain, false), FigureQuery.statuses(status, FigureStatus.COUNTED_BY_DEFAULT),
                breakdown.asked());
        TimeSeriesResult result = service.timeSeries(q);
        if (Formats.wantsCsv(format, headers)) {
            return Formats.csv(out -> CountingCsv.timeSeries(out, result), "timeseries.csv");
        }
        return Response.ok(result, MediaType.APPLICATION_JSON).build();
    }

    private static void checkWindow(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidParameter("from", "is " + from + ", after to (" + to + ")");
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter(name, "is required");
        }
        return value.trim();
    }
}
