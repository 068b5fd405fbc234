import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Synthetic HumStats data for benchmarks: a gazetteer, sources, documents and figures as CSV files that load
 * unchanged with PostgreSQL {@code \copy ... with (format csv, header true)} and H2 {@code CSVREAD}.
 *
 * <pre>java bench/GenerateData.java --seed 42 --figures 1000000 --out /tmp/humstats-bench</pre>
 *
 * Deterministic: the same seed and figure count give byte-identical files (one {@link SplittableRandom}, drawn in a
 * fixed order; no hash-ordered collections; no clock; no default locale). Codes are synthetic (countries XAA..XAJ,
 * admin1 XAA01, admin2 XAA0101; sources syn-*), so they never collide with the seed data or a real gazetteer.
 *
 * The mix aims at what a humanitarian data desk holds for ten years (2010-2019) of several crises: one large
 * crisis (XAA, about a third of all figures), most figures at admin2, flows for displacement and casualties,
 * stocks for IDPs, refugees, people in need and fighters, running totals from a few conflict-start origins per
 * country, same-source flows that overlap (a weekly and a monthly report of the same place), mostly reported
 * figures with some verified, disputed and retracted ones, and the qualifiers and bounds real reports use.
 */
public class GenerateData {

    static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2019, 12, 31);
    static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    /** Every timestamp is derived from the data, never from the clock. */
    static final String LOADED_AT = "2020-01-15T00:00:00Z";

    record Country(String code, String name, double weight, List<LocalDate> origins) { }

    record Place(String code, String name, String type, int level, String parent, String country, String path) { }

    record Source(String id, String name, String acronym, String type, int priority, double weight) { }

    /** Metric, its share of all figures, and the chances of each kind (stock, flow; cumulative is the rest). */
    record MetricMix(String code, double weight, double stock, double flow, long smallest, long largest) { }

    static final MetricMix[] METRICS = {
            new MetricMix("displaced", 0.30, 0.10, 0.80, 20, 60_000),
            new MetricMix("idps", 0.14, 0.90, 0.10, 100, 400_000),
            new MetricMix("refugees", 0.08, 0.85, 0.15, 50, 300_000),
            new MetricMix("returnees", 0.05, 0.30, 0.70, 10, 30_000),
            new MetricMix("killed", 0.20, 0.00, 0.85, 1, 2_000),
            new MetricMix("injured", 0.08, 0.00, 0.95, 1, 4_000),
            new MetricMix("fighters", 0.04, 1.00, 0.00, 50, 20_000),
            new MetricMix("in_need", 0.11, 1.00, 0.00, 500, 900_000),
    };

    static final String[] SYLLABLES = {"al", "ba", "dar", "el", "fa", "ga", "ha", "ka", "kar", "la", "ma", "mir",
            "na", "qa", "ra", "sa", "shi", "ta", "wa", "ya", "za", "bu", "de", "ni", "ro", "tu"};

    final SplittableRandom random;
    /** Draws the breakdown parts (and origin precisions), apart from {@link #random}. */
    final SplittableRandom partsRandom;
    final int figureCount;
    final Path out;
    final List<Country> countries = new ArrayList<>();
    final List<Place> places = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    /** Per country: its places by admin level 0, 1, 2. */
    final List<List<List<Place>>> placesByCountry = new ArrayList<>();
    /** documents[source][month index]: one situation report per source and month. */
    UUID[][] documents;
    LocalDate[][] documentDates;

    GenerateData(long seed, int figureCount, Path out) {
        this.random = new SplittableRandom(seed);
        this.partsRandom = new SplittableRandom(seed ^ 0x5eed11L);
        this.figureCount = figureCount;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        long seed = 42;
        int figures = 1_000_000;
        Path out = Path.of("bench-data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--figures" -> figures = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: --seed N --figures N --out DIR (unknown " + args[i] + ")");
            }
        }
        Files.createDirectories(out);
        GenerateData g = new GenerateData(seed, figures, out);
        g.gazetteer();
        g.sources();
        g.documents();
        g.figures();
        System.out.printf(Locale.ROOT, "%d countries, %d locations, %d sources, %d documents, %d figures in %s%n",
                g.countries.size(), g.places.size(), g.sources.size(), g.sources.size() * 120, figures, out);
    }

    // ------------------------------------------------------------------------------------------ gazetteer

    void gazetteer() throws IOException {
        double[] weights = {0.32, 0.14, 0.11, 0.09, 0.08, 0.07, 0.06, 0.05, 0.04, 0.04};
        for (int c = 0; c < weights.length; c++) {
            String code = "XA" + (char) ('A' + c);
            List<LocalDate> origins = new ArrayList<>();
            int originCount = 1 + random.nextInt(3);
            for (int o = 0; o < originCount; o++) {
                // Conflict or disaster start dates: the 1st or 15th of a month, 2010-2016.
                origins.add(LocalDate.of(2010 + random.nextInt(7), 1 + random.nextInt(12), random.nextBoolean() ? 1 : 15));
            }
            origins.sort(null);
            Country country = new Country(code, name(3) + "ia", weights[c], origins);
            countries.add(country);
            List<List<Place>> levels = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            placesByCountry.add(levels);
            Place root = new Place(code, country.name(), "country", 0, null, code, "/" + code + "/");
            places.add(root);
            levels.get(0).add(root);
            int admin1Count = 10 + random.nextInt(16);
            for (int a = 1; a <= admin1Count; a++) {
                String a1 = code + two(a);
                Place admin1 = new Place(a1, name(2), "admin1", 1, code, code, root.path() + a1 + "/");
                places.add(admin1);
                levels.get(1).add(admin1);
                int admin2Count = 6 + random.nextInt(17);
                for (int b = 1; b <= admin2Count; b++) {
                    String a2 = a1 + two(b);
                    Place admin2 = new Place(a2, name(2 + random.nextInt(2)), "admin2", 2, a1, code, admin1.path() + a2 + "/");
                    places.add(admin2);
                    levels.get(2).add(admin2);
                }
            }
        }
        try (BufferedWriter w = writer("location.csv"); BufferedWriter names = writer("location_name.csv")) {
            w.write("code,name,type,admin_level,parent_code,country_code,lat,lon,valid_from,path,created_at,updated_at,version\n");
            names.write("location_code,name,folded,is_alias\n");
            for (Place p : places) {
                double lat = 10 + random.nextDouble() * 30;
                double lon = 20 + random.nextDouble() * 40;
                w.write(String.join(",", p.code(), p.name(), p.type(), Integer.toString(p.level()),
                        p.parent() == null ? "" : p.parent(), p.country(),
                        String.format(Locale.ROOT, "%.5f", lat), String.format(Locale.ROOT, "%.5f", lon),
                        "2010-01-01", p.path(), LOADED_AT, LOADED_AT, "0"));
                w.write('\n');
                names.write(String.join(",", p.code(), p.name(), p.name().toLowerCase(Locale.ROOT), "false"));
                names.write('\n');
            }
        }
    }

    String name(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    // ------------------------------------------------------------------------------------------ sources

    void sources() throws IOException {
        // type, how many, priority range, share of figures each
        Object[][] types = {
                {"un_agency", 5, 8, 10, 3.0}, {"ngo", 6, 3, 6, 1.5}, {"government", 4, 2, 5, 1.2},
                {"military", 2, 0, 2, 0.5}, {"armed_group", 2, 0, 0, 0.3}, {"monitoring_group", 3, 4, 7, 1.5},
                {"media", 5, 0, 1, 0.6}, {"academic", 2, 5, 8, 0.4}};
        for (Object[] t : types) {
            String type = (String) t[0];
            for (int i = 1; i <= (int) t[1]; i++) {
                int low = (int) t[2];
                int high = (int) t[3];
                String id = "syn-" + type.replace('_', '-') + "-" + i;
                String acronym = (type.substring(0, 2) + i).toUpperCase(Locale.ROOT);
                sources.add(new Source(id, "Synthetic " + type.replace('_', ' ') + " " + i, acronym, type,
                        low + random.nextInt(high - low + 1), (double) t[4]));
            }
        }
        try (BufferedWriter w = writer("source.csv")) {
            w.write("id,name,acronym,type,url,priority,created_at,updated_at,version\n");
            for (Source s : sources) {
                w.write(String.join(",", s.id(), s.name(), s.acronym(), s.type(), "https://example.org/" + s.id(),
                        Integer.toString(s.priority()), LOADED_AT, LOADED_AT, "0"));
                w.write('\n');
            }
        }
    }

    /** One situation report per source and month, published early the next month. */
    void documents() throws IOException {
        int months = 120;
        documents = new UUID[sources.size()][months];
        documentDates = new LocalDate[sources.size()][months];
        try (BufferedWriter w = writer("document.csv")) {
            w.write("id,title,publisher,url,published_on,retrieved_at,language,created_at,updated_at,version\n");
            for (int s = 0; s < sources.size(); s++) {
                for (int m = 0; m < months; m++) {
                    YearMonth month = YearMonth.from(FIRST_DAY).plusMonths(m);
                    LocalDate published = month.plusMonths(1).atDay(1 + random.nextInt(20));
                    UUID id = uuid();
                    documents[s][m] = id;
                    documentDates[s][m] = published;
                    w.write(String.join(",", id.toString(), "Situation report " + month + " (" + sources.get(s).acronym() + ")",
                            sources.get(s).id(), "https://example.org/" + sources.get(s).id() + "/" + month,
                            published.toString(), published + "T12:00:00Z", "en", LOADED_AT, LOADED_AT, "0"));
                    w.write('\n');
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ figures

    /** A figure as written; kept only until the next one may overlap it (same place and source). */
    record Row(MetricMix metric, String kind, Place place, int source, LocalDate start, LocalDate end) { }

    void figures() throws IOException {
        double[] sourceWeights = sources.stream().mapToDouble(Source::weight).toArray();
        double[] countryWeights = countries.stream().mapToDouble(Country::weight).toArray();
        double[] metricWeights = new double[METRICS.length];
        for (int i = 0; i < METRICS.length; i++) {
            metricWeights[i] = METRICS[i].weight();
        }
        try (BufferedWriter w = writer("figure.csv")) {
            w.write("id,metric,kind,best_value,low_value,high_value,qualifier,period_start,period_end,date_precision,"
                    + "location_code,source_id,document_id,attributed_to,subject,quote,notes,status,status_reason,"
                    + "created_at,updated_at,version,created_by,updated_by,"
                    + "sex,age,population_group,sector,cause,unit,origin_precision,breakdown_key\n");
            Row previous = null;
            int n = 0;
            while (n < figureCount) {
                Row row;
                if (previous != null && previous.kind().equals("flow") && random.nextDouble() < 0.12) {
                    row = overlapping(previous);
                } else {
                    row = fresh(pick(countryWeights), METRICS[pick(metricWeights)], pick(sourceWeights));
                }
                n += write(w, row, figureCount - n);
                previous = row;
            }
        }
    }

    Row fresh(int countryIndex, MetricMix metric, int source) {
        Country country = countries.get(countryIndex);
        List<List<Place>> levels = placesByCountry.get(countryIndex);
        double k = random.nextDouble();
        String kind = k < metric.stock() ? "stock" : k < metric.stock() + metric.flow() ? "flow" : "cumulative";
        if (kind.equals("cumulative")) {
            // Running totals are national or provincial, from one of the country's origins.
            Place place = random.nextDouble() < 0.4 ? levels.get(0).get(0) : any(levels.get(1));
            LocalDate origin = country.origins().get(random.nextInt(country.origins().size()));
            int span = (int) (LAST_DAY.toEpochDay() - origin.toEpochDay());
            LocalDate end = origin.plusDays(20 + random.nextInt(Math.max(1, span - 20)));
            return new Row(metric, kind, place, source, origin, end);
        }
        double l = random.nextDouble();
        Place place = l < 0.05 ? levels.get(0).get(0) : l < 0.30 ? any(levels.get(1)) : any(levels.get(2));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        if (kind.equals("stock")) {
            return new Row(metric, kind, place, source, null, day);
        }
        double p = random.nextDouble();
        LocalDate start;
        LocalDate end;
        if (p < 0.40) { // a calendar month
            start = day.withDayOfMonth(1);
            end = YearMonth.from(day).atEndOfMonth();
        } else if (p < 0.70) { // a week, Monday to Sunday
            start = day.minusDays(day.getDayOfWeek().getValue() - 1);
            if (start.isBefore(FIRST_DAY)) {
                start = start.plusWeeks(1); // keep every period inside 2010-2019
            }
            end = start.plusDays(6);
        } else if (p < 0.90) { // "in recent weeks": a few days to two months
            start = day;
            end = day.plusDays(random.nextInt(60));
        } else { // a quarter
            start = day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
            end = start.plusMonths(3).minusDays(1);
        }
        if (end.isAfter(LAST_DAY)) {
            end = LAST_DAY;
        }
        return new Row(metric, kind, place, source, start, end);
    }

    /** The same place and source reporting again over an overlapping period (a weekly update inside a monthly one). */
    Row overlapping(Row earlier) {
        long length = earlier.end().toEpochDay() - earlier.start().toEpochDay();
        LocalDate start = earlier.start().plusDays(random.nextInt((int) length + 1));
        LocalDate end = start.plusDays(random.nextInt(30));
        if (end.isAfter(LAST_DAY)) {
            end = LAST_DAY;
        }
        return new Row(earlier.metric(), "flow", earlier.place(), earlier.source(), start, end);
    }

    /**
     * Writes the row's figure and, for about one figure in eight, its parts beside it (same source, place and period),
     * as needs overviews and displacement trackers publish them: women and men, three age bands, the sectors of people
     * in need (which overlap, as real sectors do), the IDPs among those in need, the share caused by conflict, or the
     * households of a displacement. Parts are drawn from a stream of their own, so the wholes are those of earlier
     * runs of the same seed, only fewer (the file keeps its number of figures) (docs/counting.md#breakdowns).
     *
     * @param room how many more figures may be written
     * @return how many figures were written
     */
    int write(BufferedWriter w, Row row, int room) throws IOException {
        long value = writeFigure(w, row, "", "", "", "", "", "");
        int written = 1;
        if (partsRandom.nextDouble() >= 0.125 || room < 4 || row.metric().code().equals("fighters")) {
            return written;
        }
        double d = partsRandom.nextDouble();
        String metric = row.metric().code();
        if (d < 0.35) {
            long female = value * (46 + partsRandom.nextInt(9)) / 100;
            written += part(w, row, female, "female", "", "", "", "", "");
            written += part(w, row, value - female, "male", "", "", "", "", "");
        } else if (d < 0.55) {
            written += part(w, row, value * 47 / 100, "", "0-17", "", "", "", "");
            written += part(w, row, value * 45 / 100, "", "18-59", "", "", "", "");
            written += part(w, row, value * 8 / 100, "", "60+", "", "", "", "");
        } else if (d < 0.75 && metric.equals("in_need")) {
            for (String sector : new String[] {"health", "food-security", "wash"}) {
                written += part(w, row, Math.round(value * (0.4 + partsRandom.nextDouble() * 0.55)), "", "", "", sector, "", "");
            }
        } else if (d < 0.85 && metric.equals("in_need")) {
            written += part(w, row, value * 3 / 10, "", "", "idps", "", "", "");
        } else if (d < 0.85 && !metric.equals("killed")) {
            written += part(w, row, Math.max(1, value / 5), "", "", "", "", "", "households");
        } else {
            written += part(w, row, value * 9 / 10, "", "", "", "", "conflict", "");
        }
        return written;
    }

    private int part(BufferedWriter w, Row row, long value, String sex, String age, String group, String sector,
                     String cause, String unit) throws IOException {
        fixedValue = value;
        writeFigure(w, row, sex, age, group, sector, cause, unit);
        fixedValue = -1;
        return 1;
    }

    /** When not -1, the value of the next figure (a part's share of its whole). */
    private long fixedValue = -1;

    /** The breakdown key as org.humstats.figure.Breakdown#key writes it: parts in order, the subject last. */
    static String breakdownKey(String subject, String sex, String age, String group, String sector, String cause,
                               String unit) {
        StringBuilder key = new StringBuilder();
        String[][] parts = {{"sex", sex}, {"age", age}, {"population_group", group}, {"sector", sector},
                {"cause", cause}, {"unit", unit}, {"subject", subject}};
        for (String[] p : parts) {
            if (!p[1].isEmpty()) {
                key.append(key.isEmpty() ? "" : "|").append(p[0]).append('=').append(p[1]);
            }
        }
        return key.toString();
    }

    long writeFigure(BufferedWriter w, Row row, String sex, String age, String group, String sector, String cause,
                     String unit) throws IOException {
        boolean isPart = fixedValue >= 0;
        SplittableRandom random = isPart ? partsRandom : this.random;
        MetricMix metric = row.metric();
        long scale = row.place().level() == 0 ? 20 : row.place().level() == 1 ? 5 : 1;
        double logLow = Math.log(metric.smallest());
        double logHigh = Math.log(metric.largest());
        long value = Math.round(Math.exp(logLow + random.nextDouble() * (logHigh - logLow))) * scale;
        if (isPart) {
            value = fixedValue;
        } else if (row.kind().equals("cumulative")) {
            // A running total grows with the time since its origin.
            long days = row.end().toEpochDay() - row.start().toEpochDay();
            value = value * (1 + days / 30);
        }
        String low = "";
        String high = "";
        String qualifier;
        double q = random.nextDouble();
        if (q < 0.40) {
            qualifier = "exact";
        } else if (q < 0.75) {
            qualifier = "approximately";
            if (random.nextDouble() < 0.3) {
                low = Long.toString(value * 9 / 10);
                high = Long.toString(value * 11 / 10);
            }
        } else if (q < 0.87) {
            qualifier = "at_least";
            low = Long.toString(value);
        } else if (q < 0.92) {
            qualifier = "at_most";
            high = Long.toString(value);
        } else {
            qualifier = "range";
            low = Long.toString(value * 2 / 3);
            high = Long.toString(value * 3 / 2);
        }
        double s = random.nextDouble();
        String status = s < 0.85 ? "reported" : s < 0.93 ? "verified" : s < 0.98 ? "disputed" : "retracted";
        String statusReason = status.equals("retracted") ? "Corrected in a later report" : "";
        String precision = row.kind().equals("flow") && random.nextDouble() < 0.15 ? "approximate" : "day";
        int month = (row.end().getYear() - 2010) * 12 + row.end().getMonthValue() - 1;
        String document = random.nextDouble() < 0.9 ? documents[row.source()][month].toString() : "";
        String createdAt = documentDates[row.source()][month] + "T09:00:00Z";
        String subject = metric.code().equals("fighters") ? "armed-group-" + (1 + random.nextInt(5))
                : metric.code().equals("killed") && random.nextBoolean() ? "civilians" : "";
        if (isPart) {
            subject = "";
        }
        // Running totals from the first of a month are often told "since <month>".
        String originPrecision = row.kind().equals("cumulative") && row.start().getDayOfMonth() == 1
                && partsRandom.nextDouble() < 0.3 ? "month" : "day";
        UUID id = isPart ? uuid(partsRandom) : uuid();
        w.write(String.join(",",
                id.toString(), metric.code(), row.kind(), Long.toString(value), low, high, qualifier,
                row.start() == null ? "" : row.start().toString(), row.end().toString(), precision,
                row.place().code(), sources.get(row.source()).id(), document, "", subject, "", "", status, statusReason,
                createdAt, createdAt, "0", "", "", sex.isEmpty() ? "all" : sex, age.isEmpty() ? "all" : age,
                group.isEmpty() ? "all" : group, sector.isEmpty() ? "all" : sector, cause.isEmpty() ? "all" : cause,
                unit.isEmpty() ? "people" : unit, originPrecision, breakdownKey(subject, sex, age, group, sector, cause, unit)));
        w.write('\n');
        return value;
    }

    // ------------------------------------------------------------------------------------------ helpers

    int pick(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T any(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A version-4 UUID from the generator's stream, so ids are reproducible. */
    UUID uuid() {
        return uuid(random);
    }

    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    BufferedWriter writer(String file) throws IOException {
        return Files.newBufferedWriter(out.resolve(file), StandardCharsets.UTF_8);
    }
}
