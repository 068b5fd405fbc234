package org.humstats.ingest;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.humstats.common.Csv;
import org.humstats.common.ImportRejected.RowError;
import org.humstats.common.ProblemException;
import org.humstats.figure.FigureCsv;
import org.humstats.figure.FigureInput;

/**
 * Reads figures from CSV, by header name (the export's columns), or from HXL-tagged CSV, by hashtag: either HumStats' own
 * HXL export (one figure per row) or a wide HDX file, where each value column is one metric and kind
 * ({@code #affected+idps+ind+stock+conflict}) and each of its cells one figure. Row numbers count the file's records
 * from 1 (the header), so a spreadsheet shows the same number.
 */
final class CsvRows implements RowReader {

    /**
     * Where the place of a figure is read from in an HXL file, most specific first. {@code #loc+code} is the exact place
     * (in HumStats' own export the admin columns beside it only say which areas it lies in).
     */
    private static final List<String> LOCATION_TAGS = List.of("#loc+code", "#adm3+code", "#adm2+code", "#adm1+code", "#country+code");
    private static final Map<String, Set<String>> KIND_ATTRIBUTES = Map.of(
            "stock", Set.of("stock"),
            "flow", Set.of("flow", "new", "newdisp", "internaldisp", "inflow"),
            "cumulative", Set.of("cumulative"));
    /** Fields that belong to one figure, not to a whole row of a wide file. */
    private static final Set<String> PER_FIGURE = Set.of("id", "metric", "kind", "value", "low", "high");

    /**
     * A value column of a wide file: its metric and kind, and the breakdown parts its attributes name ({@code +f} women,
     * {@code +m} men, {@code +conflict}, {@code +age0_17}, {@code +refugees} beside a metric that is not refugees ...).
     */
    private record ValueColumn(int index, String label, String metric, String kind, Map<String, String> parts) {
    }

    /**
     * Columns that say who a row's figures count (docs/counting.md#breakdowns), by hashtag name whatever the attributes,
     * as HDX files carry them: {@code #sector+code}, {@code #gender+code}, {@code #age+range},
     * {@code #population_group+code}, {@code #cause+type}. Their cells are folded to HumStats' values (ALL is all, f is
     * female, "Natural disaster" is natural-disaster).
     */
    private static final Map<String, String> BREAKDOWN_TAGS = Map.of("sector", "sector", "gender", "sex",
            "population_group", "population_group", "cause", "cause", "is_disabled", "$disabled");

    private final Csv.RecordReader reader;
    private final String defaultSource;
    private final FigureImport.FileDefaults defaults;
    private final int width;
    /** HXL files come from others: breakdown cells are folded and "nan" is an empty cell. */
    private boolean hxl;
    /** Column index → field, for the columns read as they are. */
    private final Map<Integer, String> fields = new HashMap<>();
    /** Field → the file's name for it (header or hashtag), for messages. */
    private final Map<String, String> labels = new HashMap<>();
    private final List<Integer> locationColumns = new ArrayList<>();
    private final Map<Integer, String> locationLabels = new HashMap<>();
    private final List<ValueColumn> valueColumns = new ArrayList<>();
    private int yearColumn = -1;
    private final Deque<ImportRow> pending = new ArrayDeque<>();
    private long row;
    private boolean broken;

    private CsvRows(Reader in, String defaultSource, FigureImport.FileDefaults defaults) {
        this.reader = new Csv.RecordReader(withoutByteOrderMark(in));
        this.defaultSource = defaultSource;
        this.defaults = defaults == null ? new FigureImport.FileDefaults(null, null, null) : defaults;
        List<String> header = record("header");
        if (header == null) {
            throw ProblemException.badRequest("The file is empty; expected a header row.");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        this.width = header.size();
        row = 1;
    }

    /** A byte order mark before a quoted first cell would make the quote part of the cell: it is skipped first. */
    private static Reader withoutByteOrderMark(Reader in) {
        java.io.PushbackReader r = new java.io.PushbackReader(in, 1);
        try {
            int c = r.read();
            if (c >= 0 && c != '\uFEFF') {
                r.unread(c);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return r;
    }

    /** The CSV of an export, or any subset of its columns; the columns derived from the codes (names) are ignored. */
    static CsvRows csv(Reader in, String defaultSource) {
        return csv(in, defaultSource, null);
    }

    /** The same, with &columns= naming other headers. */
    static CsvRows csv(Reader in, String defaultSource, FigureImport.FileDefaults defaults) {
        CsvRows r = new CsvRows(in, defaultSource, defaults);
        r.readHeaderNames();
        return r;
    }

    /** HXL-tagged CSV: the header row, then the hashtag row; only the hashtags count. */
    static CsvRows hxl(Reader in, String defaultSource, Map<String, Hashtag> metricTags) {
        return hxl(in, defaultSource, metricTags, null);
    }

    /** HXL with what the file leaves unsaid given for all its rows (place, kind, date). */
    static CsvRows hxl(Reader in, String defaultSource, Map<String, Hashtag> metricTags, FigureImport.FileDefaults defaults) {
        CsvRows r = new CsvRows(in, defaultSource, defaults);
        r.hxl = true;
        r.readHashtags(metricTags);
        return r;
    }

    private List<String> header;

    private List<String> record(String what) {
        try {
            List<String> rec = reader.next();
            if (what.equals("header")) {
                header = rec;
            }
            return rec;
        } catch (Csv.CsvException e) {
            throw ProblemException.badRequest("The " + what + " is not valid CSV: " + e.getMessage());
        }
    }

    private void readHeaderNames() {
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            String mapped = defaults.columns().get(header.get(i).trim());
            if ("-".equals(mapped)) {
                continue;
            }
            if (mapped != null) {
                name = mapped;
            }
            if (FigureCsv.DERIVED.contains(name) || name.isEmpty()) {
                continue;
            }
            if (!FigureCsv.COLUMNS.contains(name)) {
                unknown.add(header.get(i));
                continue;
            }
            if (labels.containsKey(name)) {
                throw ProblemException.badRequest("The header names column '" + name + "' twice.");
            }
            fields.put(i, name);
            labels.put(name, name);
        }
        if (fields.isEmpty() && header.stream().filter(h -> !h.isBlank()).count() <= 2) {
            throw ProblemException.badRequest("The first row is not a header (it holds '" + String.join("", header).strip()
                    + "'). Remove the lines above the header row (a title or 'Date extracted' preamble) and import again.");
        }
        List<String> years = unknown.stream().filter(h -> h.strip().matches("(1[89]|2[01])\\d\\d")).toList();
        if (!years.isEmpty()) {
            throw ProblemException.badRequest("The columns " + years.get(0) + (years.size() > 1 ? " to " + years.get(years.size() - 1)
                    : "") + " are years: a wide table with one column per year. HumStats reads one figure per row, so "
                    + "reshape it to one row per year (columns metric, kind, value, period_start, period_end, location_code, "
                    + "source, and the breakdown such as population_group), or as HXL with a #date+year column. Masked "
                    + "cells ('*', a number from 1 to 4) become value 2 with low 1, high 4 and qualifier range. See docs/imports.md.");
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("Unknown column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + ". The columns are those of an export: " + String.join(", ", FigureCsv.COLUMNS)
                    + " (the names and admin areas are ignored). For a file with HXL hashtags, use format=hxl.");
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("metric", "kind", "value", "period_end", "location_code", "source")) {
            if (!labels.containsKey(required) && !(required.equals("source") && defaultSource != null)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("The header lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + (missing.contains("source") ? " (or give the source of every row with &source=<id>)" : "")
                    + ".");
        }
    }

    private void readHashtags(Map<String, Hashtag> metricTags) {
        List<String> tags = record("hashtag row");
        row = 2;
        if (tags == null || tags.stream().noneMatch(t -> Hashtag.parse(t) != null)) {
            throw ProblemException.badRequest("The second row must hold the HXL hashtags (e.g. #country+code, #date+year, "
                    + "#affected+idps+ind+stock); none were found. For a plain CSV, use format=csv.");
        }
        Map<Hashtag, String> longFields = new HashMap<>();
        for (int i = 0; i < FigureCsv.COLUMNS.size(); i++) {
            String column = FigureCsv.COLUMNS.get(i);
            if (!FigureCsv.DERIVED.contains(column) && !column.equals("location_code")) {
                longFields.put(Hashtag.parse(FigureCsv.HXL_TAGS.get(i)), column);
            }
        }
        longFields.put(Hashtag.parse("#date"), "period_end");
        longFields.put(Hashtag.parse("#date+reported"), "period_end");
        List<Hashtag> locationTags = LOCATION_TAGS.stream().map(Hashtag::parse).toList();
        int[] locationAt = new int[LOCATION_TAGS.size()];
        java.util.Arrays.fill(locationAt, -1);
        Map<String, String> valueColumnOf = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            // &columns= names a column by its header, before and instead of its hashtag ("-": leave it out).
            String mapped = i < header.size() ? defaults.columns().get(header.get(i).trim()) : null;
            if ("-".equals(mapped)) {
                continue;
            }
            if (mapped != null) {
                if (labels.containsKey(mapped)) {
                    throw ProblemException.badRequest("Two columns give " + mapped + ": " + labels.get(mapped) + " and "
                            + header.get(i).trim() + ".");
                }
                fields.put(i, mapped);
                labels.put(mapped, header.get(i).trim());
                continue;
            }
            Hashtag h = Hashtag.parse(tags.get(i));
            if (h == null) {
                continue;
            }
            String label = tags.get(i).trim();
            String field = longFields.get(h);
            int loc = locationTags.indexOf(h);
            if (loc >= 0) {
                if (locationAt[loc] >= 0) {
                    throw ProblemException.badRequest("The hashtag " + LOCATION_TAGS.get(loc) + " appears twice.");
                }
                locationAt[loc] = i;
                locationLabels.put(i, label);
            } else if (h.equals(Hashtag.parse("#date+year"))) {
                if (yearColumn >= 0) {
                    throw ProblemException.badRequest("The hashtag #date+year appears twice.");
                }
                yearColumn = i;
                labels.put("$year", label);
            } else if (field == null && (BREAKDOWN_TAGS.containsKey(h.tag()) || h.equals(Hashtag.parse("#age+range")))) {
                String part = h.tag().equals("age") ? "age" : BREAKDOWN_TAGS.get(h.tag());
                if (labels.containsKey(part)) {
                    throw ProblemException.badRequest("Two columns give " + part + ": " + labels.get(part) + " and " + label + ".");
                }
                fields.put(i, part);
                labels.put(part, label);
            } else if (field != null) {
                if (labels.containsKey(field)) {
                    throw ProblemException.badRequest("Two columns give " + field + ": " + labels.get(field) + " and " + label + ".");
                }
                fields.put(i, field);
                labels.put(field, label);
            } else {
                ValueColumn v = valueColumn(i, label, h, metricTags, defaults.kind());
                if (v != null) {
                    String previous = valueColumnOf.put(v.metric() + " " + v.kind() + " " + v.parts(), label);
                    if (previous != null) {
                        throw ProblemException.badRequest("The columns " + previous + " and " + label + " both give " + v.kind()
                                + " figures of " + v.metric() + (v.parts().isEmpty() ? "" : " " + v.parts())
                                + ". HumStats keeps one figure per metric, kind, place, period, source and breakdown: import "
                                + "them separately with different sources (&source=), or leave one column out.");
                    }
                    valueColumns.add(v);
                }
            }
        }
        for (int at : locationAt) {
            if (at >= 0) {
                locationColumns.add(at);
            }
        }
        if (!locationColumns.isEmpty()) {
            labels.put("location_code", locationLabels.get(locationColumns.get(0)));
        }
        if (yearColumn >= 0) {
            labels.putIfAbsent("period_end", labels.get("$year"));
            labels.putIfAbsent("period_start", labels.get("$year"));
        }
        boolean isLong = labels.containsKey("value");
        if (isLong && !valueColumns.isEmpty() && !labels.containsKey("metric")) {
            // A plain #affected beside per-metric columns (a needs overview's "Affected") names no metric: not a figure.
            fields.values().remove("value");
            labels.remove("value");
            isLong = false;
        }
        if (isLong && !valueColumns.isEmpty()) {
            throw ProblemException.badRequest("The file has both a #affected value column (one figure per row) and per-metric "
                    + "value columns such as " + valueColumns.get(0).label() + "; use one layout.");
        }
        if (!isLong) {
            // Bounds named by &columns= belong to the one value column of a file that has one (UCDP's low and high).
            Set<String> keep = valueColumns.size() == 1 ? Set.of("low", "high") : Set.of();
            fields.values().removeIf(f -> PER_FIGURE.contains(f) && !keep.contains(f));
            labels.keySet().removeIf(f -> PER_FIGURE.contains(f) && !keep.contains(f));
        }
        List<String> missing = new ArrayList<>();
        if (!isLong && valueColumns.isEmpty()) {
            missing.add("a value: #affected with #indicator+code and #indicator+kind, or per-metric columns such as "
                    + "#affected+idps+stock, #affected+idps+internaldisp, #inneed+stock");
        }
        if (isLong && !labels.containsKey("metric")) {
            missing.add("#indicator+code (the metric)");
        }
        if (isLong && !labels.containsKey("kind") && defaults.kind() == null) {
            missing.add("#indicator+kind (stock, flow or cumulative)");
        }
        if (locationColumns.isEmpty() && defaults.location() == null) {
            missing.add("a place: #country+code, #adm1+code, #adm2+code or #loc+code (or &location=<code> for the whole file)");
        }
        if (yearColumn < 0 && !labels.containsKey("period_end") && defaults.periodEnd() == null) {
            missing.add("a date: #date+year, #date+end, #date+reported or #date (or &period_end=<date> for the whole file)");
        }
        if (!labels.containsKey("source") && defaultSource == null) {
            missing.add("the source: a #meta+source column, or &source=<id> for the whole file");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("The HXL hashtags lack " + String.join("; ", missing) + ".");
        }
    }

    private static ValueColumn valueColumn(int index, String label, Hashtag h, Map<String, Hashtag> metricTags,
                                           org.humstats.figure.Kind defaultKind) {
        if (h.has("min") || h.has("max") || h.has("pct")) {
            return null;
        }
        String metric = null;
        int best = -1;
        boolean tie = false;
        for (Map.Entry<String, Hashtag> m : metricTags.entrySet()) {
            Hashtag mt = m.getValue();
            if (mt.tag().equals(h.tag()) && h.attributes().containsAll(mt.attributes())
                    && (!mt.attributes().isEmpty() || !h.tag().equals("affected"))) {
                if (mt.attributes().size() > best) {
                    metric = m.getKey();
                    best = mt.attributes().size();
                    tie = false;
                } else if (mt.attributes().size() == best) {
                    tie = true;
                }
            }
        }
        if (metric == null) {
            return null;
        }
        if (tie) {
            throw ProblemException.badRequest("The column " + label + " fits more than one metric; see GET /api/v1/metrics for their hashtags.");
        }
        String kind = null;
        for (Map.Entry<String, Set<String>> k : KIND_ATTRIBUTES.entrySet()) {
            if (k.getValue().stream().anyMatch(h::has)) {
                if (kind != null) {
                    throw ProblemException.badRequest("The column " + label + " is tagged as both " + kind + " and " + k.getKey() + ".");
                }
                kind = k.getKey();
            }
        }
        if (kind == null && defaultKind != null) {
            kind = defaultKind.wire();
        }
        if (kind == null) {
            throw ProblemException.badRequest("The column " + label + " gives " + metric + " but not whether it is a stock or a flow: "
                    + "add +stock (a count on a date), +internaldisp, +new or +flow (new during the period) or +cumulative, "
                    + "or say it for the whole file with &kind=stock (or flow, cumulative).");
        }
        return new ValueColumn(index, label, metric, kind, partsOf(h, metricTags.get(metric)));
    }

    private static final java.util.regex.Pattern AGE_ATTRIBUTE = java.util.regex.Pattern.compile("age(\\d{1,3})_(\\d{1,3}|plus)");
    private static final Map<String, String> GROUP_ATTRIBUTES = Map.of("idps", "idps", "refugees", "refugees",
            "returnees", "returnees", "host", "host_community");

    /** The breakdown a value column's attributes name, beyond those of its metric's own hashtag. */
    private static Map<String, String> partsOf(Hashtag h, Hashtag metricTag) {
        Map<String, String> parts = new java.util.TreeMap<>();
        Set<String> own = metricTag == null ? Set.of() : metricTag.attributes();
        for (String a : h.attributes()) {
            if (own.contains(a)) {
                continue;
            }
            switch (a) {
                case "f", "female", "women" -> parts.put("sex", "female");
                case "m", "male", "men" -> parts.put("sex", "male");
                case "conflict" -> parts.put("cause", "conflict");
                case "disaster", "natural" -> parts.put("cause", "disaster");
                case "children" -> parts.put("age", "0-17");
                case "hh", "households" -> parts.put("unit", "households");
                default -> {
                    java.util.regex.Matcher m = AGE_ATTRIBUTE.matcher(a);
                    if (m.matches()) {
                        parts.put("age", m.group(1) + (m.group(2).equals("plus") ? "+" : "-" + m.group(2)));
                    } else if (GROUP_ATTRIBUTES.containsKey(a)) {
                        parts.put("population_group", GROUP_ATTRIBUTES.get(a));
                    }
                }
            }
        }
        return Map.copyOf(parts);
    }

    @Override
    public ImportRow next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        while (!broken) {
            List<String> rec;
            try {
                rec = reader.next();
            } catch (Csv.CsvException e) {
                broken = true;
                return new ImportRow(row + 1, null, labels, List.of(new RowError(row + 1, null, "is not valid CSV: " + e.getMessage())));
            }
            if (rec == null) {
                return null;
            }
            row++;
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            List<RowError> errors = new ArrayList<>();
            if (rec.size() != width) {
                errors.add(new RowError(row, null, "has " + rec.size() + " columns, the header " + width));
            }
            Map<String, String> cells = new HashMap<>();
            fields.forEach((i, field) -> {
                if (i < rec.size()) {
                    cells.put(field, hxl ? notNan(rec.get(i)) : rec.get(i));
                }
            });
            if (hxl) {
                foldBreakdown(cells, errors);
                if (isBlank(cells.get("kind")) && defaults.kind() != null && valueColumns.isEmpty()) {
                    cells.put("kind", defaults.kind().wire());
                }
                if (isBlank(cells.get("period_end")) && defaults.periodEnd() != null && yearColumn < 0) {
                    cells.put("period_end", defaults.periodEnd().toString());
                }
            }
            Map<String, String> rowLabels = labels;
            for (int i : locationColumns) {
                if (i < rec.size() && !rec.get(i).isBlank()) {
                    cells.put("location_code", rec.get(i));
                    if (locationColumns.size() > 1) {
                        rowLabels = new HashMap<>(labels);
                        rowLabels.put("location_code", locationLabels.get(i));
                    }
                    break;
                }
            }
            if (isBlank(cells.get("location_code")) && defaults.location() != null) {
                cells.put("location_code", defaults.location());
            }
            if ((cells.get("source") == null || cells.get("source").isBlank()) && defaultSource != null) {
                cells.put("source", defaultSource);
            }
            if (valueColumns.isEmpty()) {
                applyYear(cells, rec, errors);
                FigureInput input = FigureCells.parse(row, cells, rowLabels, errors);
                return new ImportRow(row, input, rowLabels, errors, FigureCells.history(row, cells, rowLabels, errors),
                        java.util.Set.copyOf(cells.keySet()));
            }
            boolean any = false;
            for (ValueColumn v : valueColumns) {
                if (v.index() >= rec.size() || notNan(rec.get(v.index())).isBlank()) {
                    continue;
                }
                Map<String, String> one = new HashMap<>(cells);
                one.put("metric", v.metric());
                one.put("kind", v.kind());
                one.put("value", rec.get(v.index()));
                one.putAll(v.parts());
                if (isBlank(one.get("qualifier")) && (!isBlank(one.get("low")) || !isBlank(one.get("high")))) {
                    // A best estimate with its low and high (UCDP's deaths) is a range; with one bound, approximate.
                    one.put("qualifier", !isBlank(one.get("low")) && !isBlank(one.get("high")) ? "range" : "approximately");
                }
                Map<String, String> oneLabels = new HashMap<>(rowLabels);
                oneLabels.put("value", v.label());
                oneLabels.put("metric", v.label());
                oneLabels.put("kind", v.label());
                // A problem of the row as a whole is reported once, with its first figure.
                List<RowError> oneErrors = any ? new ArrayList<>() : new ArrayList<>(errors);
                any = true;
                applyYear(one, rec, oneErrors);
                pending.add(new ImportRow(row, FigureCells.parse(row, one, oneLabels, oneErrors), oneLabels, oneErrors,
                        ImportRow.History.NONE, java.util.Set.copyOf(one.keySet())));
            }
            if (any) {
                return pending.poll();
            }
            if (!errors.isEmpty()) {
                return new ImportRow(row, null, rowLabels, errors);
            }
        }
        return null;
    }

    /**
     * {@code #date+year}: a flow covers the whole year (1 January to 31 December), a stock is as of 31 December; an
     * explicit #date+start / #date+end wins over it.
     */
    private void applyYear(Map<String, String> cells, List<String> rec, List<RowError> errors) {
        if (yearColumn < 0 || yearColumn >= rec.size() || rec.get(yearColumn).isBlank()) {
            return;
        }
        String text = rec.get(yearColumn).trim();
        int year;
        try {
            year = Integer.parseInt(text);
            if (year < 1000 || year > 9999) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, labels.get("$year"), "'" + text + "' is not a year (e.g. 2017)"));
            return;
        }
        String kind = cells.getOrDefault("kind", "").trim().toLowerCase(Locale.ROOT);
        if (isBlank(cells.get("period_end"))) {
            cells.put("period_end", LocalDate.of(year, 12, 31).toString());
        }
        if (kind.equals("flow") && isBlank(cells.get("period_start"))) {
            cells.put("period_start", LocalDate.of(year, 1, 1).toString());
        }
        if (isBlank(cells.get("date_precision"))) {
            cells.put("date_precision", "year");
        }
    }

    /** pandas writes a missing number as "nan": no value, like an empty cell. */
    private static String notNan(String cell) {
        return cell != null && cell.strip().equalsIgnoreCase("nan") ? "" : cell;
    }

    /**
     * The breakdown cells of an HDX file in HumStats' values: ALL and a (all) are the whole, f and m are female and male,
     * IDP is idps, other words are folded to slugs ("Natural disaster" is natural-disaster, "Conflict" is conflict). A
     * disability column other than "all" is refused: figures have no such breakdown yet.
     */
    private void foldBreakdown(Map<String, String> cells, List<RowError> errors) {
        String disabled = cells.remove("$disabled");
        if (disabled != null && !disabled.isBlank() && !disabled.strip().equalsIgnoreCase("a")
                && !disabled.strip().equalsIgnoreCase("all")) {
            errors.add(new RowError(row, labels.get("$disabled"), "'" + disabled + "': figures have no disability breakdown; "
                    + "import the rows for everyone (a) only"));
        }
        for (String part : List.of("sex", "age", "population_group", "sector", "cause")) {
            String v = cells.get(part);
            if (v == null || v.isBlank()) {
                continue;
            }
            String folded = v.strip().toLowerCase(Locale.ROOT);
            if (folded.equals("all") || folded.equals("a") || folded.equals("total")) {
                folded = "all";
            } else if (part.equals("sex")) {
                folded = folded.equals("f") || folded.equals("women") ? "female" : folded.equals("m") || folded.equals("men")
                        ? "male" : folded;
            } else if (part.equals("population_group") && folded.equals("idp")) {
                folded = "idps";
            } else if (!part.equals("age")) {
                folded = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            }
            cells.put(part, folded);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
