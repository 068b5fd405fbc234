package org.humstats.aggregate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.humstats.common.Csv;

/** Aggregates and time series as flat CSV tables, one row per result row or per point. */
final class CountingCsv {

    private CountingCsv() {
    }

    static void aggregate(Writer out, AggregateResult r) throws IOException {
        Csv.writeRecord(out, List.of("metric", "from", "to", "policy", "rollup", "location_code", "location_name", "kind",
                "source", "source_type", "value", "low", "high", "source_count", "basis", "coverage_with_data", "coverage_total",
                "breakdown"));
        for (AggregateRow row : r.data()) {
            Csv.writeRecord(out, List.of(r.metric(), str(r.from()), str(r.to()), r.policy().wire(), r.rollup().wire(),
                    Csv.text(row.locationCode()), Csv.text(str(row.locationName())), row.kind(), Csv.text(str(row.source())),
                    str(row.sourceType()), str(row.value()), str(row.low()), str(row.high()), Integer.toString(row.sourceCount()),
                    row.basis(), row.coverage() == null ? "" : Integer.toString(row.coverage().withData()),
                    row.coverage() == null ? "" : Integer.toString(row.coverage().total()), Csv.text(parts(row.breakdown()))));
        }
    }

    static void timeSeries(Writer out, TimeSeriesResult r) throws IOException {
        Csv.writeRecord(out, List.of("metric", "location_code", "interval", "policy", "kind", "origin", "start", "end", "value",
                "low", "high", "source_count", "carried_forward", "breakdown"));
        for (Series s : r.series()) {
            for (Point p : s.points()) {
                Csv.writeRecord(out, List.of(r.metric(), Csv.text(r.locationCode()), r.interval().wire(), r.policy().wire(),
                        s.kind(), str(s.origin()), str(p.start()), str(p.end()), str(p.value()), str(p.low()), str(p.high()),
                        Integer.toString(p.sourceCount()), Boolean.toString(p.carriedForward()),
                        Csv.text(parts(r.breakdown()))));
            }
        }
    }

    /** A breakdown as one cell: "sex=female;age=0-17", empty for the whole. */
    private static String parts(java.util.Map<String, String> parts) {
        return parts == null ? "" : parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(";"));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
