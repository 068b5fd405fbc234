package org.humstats.aggregate;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A small, seeded crisis for tests that need realistic volume (after bench/GenerateData.java, scaled down): one
 * country with admin1, admin2 and admin3 areas and a settlement, eight sources of five types, and a few thousand
 * figures of four metrics over 2015-2018 as an import file.
 *
 * <p>The mix is what makes the counting rules work: flows of calendar months, Monday-Sunday weeks, quarters, single
 * days and "recent weeks" that often straddle a bucket; same-source flows that overlap; stocks with several reports
 * of one (place, source) and ties on the as-of date; running totals from three origins at country and admin1 level;
 * every status (retracted with its reason) and qualifier, with and without bounds; documents whose dates break ties.
 * On top of that, steady reporters (national monthly flows in 2016, one province's monthly flows in 2017 and monthly
 * stocks in 2016-2017, national monthly running totals, and national and district monthly returnees) give places a
 * figure of their own in every bucket, so that a time series need not read below them, except where one month's
 * figure is disputed.
 *
 * <p>Every code and id derives from the country code: under a code of its own the data meets no other test's rows,
 * and the same seed and code give the same file, figure ids included, so loading it again changes nothing.
 */
final class GeneratedCrisis {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2018, 12, 31);
    private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

    static final String HEADER = "id,metric,kind,value,low,high,qualifier,period_start,period_end,date_precision,"
            + "location_code,source,document_title,document_url,document_published_on,status,status_reason,"
            + "subject,sex,age,sector,cause,origin_precision\n";

    record Place(String code, String name, String type, String parent, int depth) {
    }

    record Source(String id, String type, int priority, double weight) {
    }

    private record Flow(String metric, Place place, Source source, LocalDate start, LocalDate end) {
    }

    private final SplittableRandom random;
    /** Decides the breakdown parts written beside a figure; its own stream, so the wholes stay what they were. */
    private final SplittableRandom partsRandom;
    private final String country;
    final List<Place> places = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    private final List<LocalDate> origins = List.of(LocalDate.of(2014, 9, 1), LocalDate.of(2016, 4, 1),
            LocalDate.of(2017, 1, 15));
    private final StringBuilder csv = new StringBuilder(HEADER);
    private int figures;

    /** @param country an ISO-style code of three capital letters that no other test uses */
    GeneratedCrisis(long seed, String country, int randomFigures) {
        this.random = new SplittableRandom(seed);
        this.partsRandom = new SplittableRandom(seed + 1);
        this.country = country;
        gazetteer();
        sources();
        steadyReporters();
        Flow previous = null;
        for (int n = 0; n < randomFigures; n++) {
            previous = previous != null && random.nextDouble() < 0.15 ? overlapping(previous) : fresh();
        }
    }

    String country() {
        return country;
    }

    /** The province with steady reporters. */
    String busyProvince() {
        return country + "01";
    }

    /** A district of the busy province, with admin3 areas below it. */
    String busyDistrict() {
        return country + "0101";
    }

    /** The source of the national monthly reports. */
    String steadySource() {
        return sources.get(0).id();
    }

    int figureCount() {
        return figures;
    }

    /** The import file (CSV, the export's column names). */
    byte[] importFile() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------- the places

    private void gazetteer() {
        Place root = new Place(country, "Generated " + country, "country", null, 0);
        places.add(root);
        for (int a = 1; a <= 5; a++) {
            Place admin1 = new Place(country + two(a), "Province " + a, "admin1", country, 1);
            places.add(admin1);
            int districts = 3 + random.nextInt(3);
            for (int b = 1; b <= districts; b++) {
                Place admin2 = new Place(admin1.code() + two(b), "District " + a + "." + b, "admin2", admin1.code(), 2);
                places.add(admin2);
                if (b == 1 && a <= 2) {
                    for (int c = 1; c <= 3; c++) {
                        places.add(new Place(admin2.code() + two(c), "Subdistrict " + a + "." + b + "." + c, "admin3",
                                admin2.code(), 3));
                    }
                    places.add(new Place(admin2.code() + "-camp", "Camp " + a, "settlement", admin2.code(), 3));
                }
            }
        }
    }

    private void sources() {
        String prefix = "gen-" + country.toLowerCase() + "-";
        sources.add(new Source(prefix + "un-1", "un_agency", 10, 3.0));
        sources.add(new Source(prefix + "un-2", "un_agency", 8, 2.0));
        // Two NGOs of equal priority: policy=preferred falls through to recency and then the source id.
        sources.add(new Source(prefix + "ngo-1", "ngo", 5, 1.5));
        sources.add(new Source(prefix + "ngo-2", "ngo", 5, 1.5));
        sources.add(new Source(prefix + "gov-1", "government", 3, 1.0));
        sources.add(new Source(prefix + "monitor-1", "monitoring_group", 6, 1.5));
        sources.add(new Source(prefix + "media-1", "media", 0, 0.6));
        sources.add(new Source(prefix + "media-2", "media", 0, 0.6));
    }

    // ---------------------------------------------------------------------------------------------- the figures

    private void steadyReporters() {
        Place nation = places.get(0);
        Place province = place(busyProvince());
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2016, m);
            // One month of the national series is only disputed: by default that month is not settled at the top.
            write("displaced", "flow", nation, sources.get(0), month.atDay(1), month.atEndOfMonth(),
                    m == 5 ? "disputed" : null);
            write("displaced", "flow", province, sources.get(2), YearMonth.of(2017, m).atDay(1),
                    YearMonth.of(2017, m).atEndOfMonth(), null);
        }
        // Returnees come from these two reporters only: the nation every month of 2016 (May only disputed) and a
        // district two levels below it. So May, and May alone, must be read from the district.
        Place district = place(busyDistrict());
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2016, m);
            write("returnees", "flow", nation, sources.get(0), month.atDay(1), month.atEndOfMonth(),
                    m == 5 ? "disputed" : "reported");
            write("returnees", "flow", district, sources.get(4), month.atDay(1), month.atEndOfMonth(), "reported");
        }
        for (int m = 0; m < 24; m++) {
            YearMonth month = YearMonth.of(2016, 1).plusMonths(m);
            write("idps", "stock", province, sources.get(3), null, month.atEndOfMonth(), null);
        }
        for (int m = 0; m < 48; m++) {
            YearMonth month = YearMonth.from(FIRST_DAY).plusMonths(m);
            write("killed", "cumulative", nation, sources.get(0), origins.get(0), month.atEndOfMonth(), null);
        }
    }

    private Flow fresh() {
        double m = random.nextDouble();
        String metric = m < 0.45 ? "displaced" : m < 0.75 ? "idps" : "killed";
        double k = random.nextDouble();
        String kind = switch (metric) {
            case "displaced" -> k < 0.75 ? "flow" : k < 0.87 ? "stock" : "cumulative";
            case "idps" -> k < 0.85 ? "stock" : "flow";
            default -> k < 0.6 ? "flow" : "cumulative";
        };
        Source source = pickSource();
        if (kind.equals("cumulative")) {
            // Running totals are national or provincial; several per (place, source, origin), some on the same day.
            Place place = random.nextDouble() < 0.4 ? places.get(0) : anyAt(1);
            LocalDate origin = origins.get(random.nextInt(origins.size()));
            LocalDate from = origin.isBefore(FIRST_DAY) ? FIRST_DAY : origin;
            LocalDate end = from.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - from.toEpochDay()) + 1));
            write(metric, kind, place, source, origin, end, null);
            if (random.nextDouble() < 0.1) {
                write(metric, kind, place, source, origin, end, null); // a second total on the same day: a tie
            }
            return null;
        }
        Place place = anyPlace();
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        if (kind.equals("stock")) {
            write(metric, kind, place, source, null, day, null);
            if (random.nextDouble() < 0.15) {
                write(metric, kind, place, source, null, day, null); // the same as-of date again: a tie for rule 3
            }
            return null;
        }
        double p = random.nextDouble();
        LocalDate start;
        LocalDate end;
        if (p < 0.35) {
            start = day.withDayOfMonth(1);
            end = YearMonth.from(day).atEndOfMonth();
        } else if (p < 0.55) {
            start = day.with(DayOfWeek.MONDAY);
            end = start.plusDays(6);
        } else if (p < 0.65) {
            start = day;
            end = day;
        } else if (p < 0.88) {
            start = day;
            end = day.plusDays(random.nextInt(60));
        } else {
            start = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            end = start.plusMonths(3).minusDays(1);
        }
        start = start.isBefore(FIRST_DAY) ? FIRST_DAY : start;
        end = end.isAfter(LAST_DAY) ? LAST_DAY : end;
        write(metric, kind, place, source, start, end, null);
        return new Flow(metric, place, source, start, end);
    }

    /** The same place and source again over a period that overlaps the last one (a weekly update inside a monthly one). */
    private Flow overlapping(Flow earlier) {
        long length = earlier.end().toEpochDay() - earlier.start().toEpochDay();
        LocalDate start = earlier.start().plusDays(random.nextInt((int) length + 1));
        LocalDate end = start.plusDays(random.nextInt(30));
        end = end.isAfter(LAST_DAY) ? LAST_DAY : end;
        write(earlier.metric(), "flow", earlier.place(), earlier.source(), start, end, null);
        return new Flow(earlier.metric(), earlier.place(), earlier.source(), start, end);
    }

    private void write(String metric, String kind, Place place, Source source, LocalDate start, LocalDate end,
                       String fixedStatus) {
        long smallest = metric.equals("killed") ? 1 : 20;
        long largest = metric.equals("killed") ? 2_000 : metric.equals("idps") ? 200_000 : 50_000;
        long value = Math.round(Math.exp(Math.log(smallest) + random.nextDouble() * (Math.log(largest) - Math.log(smallest))));
        value *= place.depth() == 0 ? 20 : place.depth() == 1 ? 5 : 1;
        if (kind.equals("cumulative")) {
            value *= 1 + (end.toEpochDay() - start.toEpochDay()) / 30; // a running total grows with time
        }
        String low = "";
        String high = "";
        String qualifier;
        double q = random.nextDouble();
        if (q < 0.40) {
            qualifier = "exact";
        } else if (q < 0.70) {
            qualifier = "approximately";
            if (random.nextBoolean()) {
                low = Long.toString(value * 9 / 10);
                high = Long.toString(value * 11 / 10);
            }
        } else if (q < 0.82) {
            qualifier = "at_least";
            low = random.nextBoolean() ? Long.toString(value) : "";
        } else if (q < 0.90) {
            qualifier = "at_most";
            high = random.nextBoolean() ? Long.toString(value) : "";
        } else {
            qualifier = "range";
            low = Long.toString(value * 2 / 3);
            high = Long.toString(value * 3 / 2);
        }
        String status = fixedStatus;
        if (status == null) {
            double s = random.nextDouble();
            status = s < 0.80 ? "reported" : s < 0.88 ? "verified" : s < 0.95 ? "disputed" : "retracted";
        }
        String reason = status.equals("retracted") ? "Counted twice in the source's report" : "";
        String precision = kind.equals("flow") && random.nextDouble() < 0.15 ? "approximate" : "day";
        String title = "";
        String url = "";
        String published = "";
        if (random.nextDouble() < 0.85) {
            // One report per source and month, published in the first weeks of the next month.
            YearMonth month = YearMonth.from(end);
            title = "Situation report " + month + " " + source.id();
            url = "https://example.org/" + source.id() + "/" + month;
            published = month.plusMonths(1).atDay(1 + Math.floorMod(source.id().hashCode() + month.getMonthValue(), 20))
                    .toString();
        }
        // Running totals since the first of a month are sometimes told "since <month>" (origin precision month).
        String originPrecision = kind.equals("cumulative") && start.getDayOfMonth() == 1 && partsRandom.nextDouble() < 0.3
                ? "month" : "";
        row(metric, kind, value, low, high, qualifier, start, end, precision, place, source, title, url, published, status,
                reason, "", originPrecision);
        parts(metric, kind, value, start, end, precision, place, source, title, url, published, originPrecision);
    }

    /**
     * About one figure in five gets parts beside it, from the same source, place and period: its women and men, three
     * age bands, sectors that overlap (as the sectors of a needs overview do), the civilians among the killed, or the
     * share caused by conflict. Parts are never summed into the whole; they are there to be told apart from it.
     */
    private void parts(String metric, String kind, long value, LocalDate start, LocalDate end, String precision, Place place,
                       Source source, String title, String url, String published, String originPrecision) {
        if (partsRandom.nextDouble() >= 0.2) {
            return;
        }
        double d = partsRandom.nextDouble();
        List<String[]> parts = new ArrayList<>();
        if (metric.equals("killed") && d < 0.5) {
            parts.add(new String[] {"civilians", "", "", "", "", share(value, 0.3)});
        } else if (d < 0.4) {
            long female = value * (45 + partsRandom.nextInt(10)) / 100;
            parts.add(new String[] {"", "female", "", "", "", Long.toString(female)});
            parts.add(new String[] {"", "male", "", "", "", Long.toString(value - female)});
        } else if (d < 0.6) {
            parts.add(new String[] {"", "", "0-17", "", "", share(value, 0.45)});
            parts.add(new String[] {"", "", "18-59", "", "", share(value, 0.45)});
            parts.add(new String[] {"", "", "60+", "", "", share(value, 0.1)});
        } else if (d < 0.8) {
            for (String sector : List.of("health", "food-security", "wash")) {
                parts.add(new String[] {"", "", "", sector, "", share(value, 0.4 + partsRandom.nextDouble() * 0.5)});
            }
        } else {
            parts.add(new String[] {"", "", "", "", "conflict", share(value, 0.9)});
        }
        for (String[] part : parts) {
            String[] p = part;
            row(metric, kind, Long.parseLong(p[5]), "", "", "exact", start, end, precision, place, source, title, url,
                    published, "reported", "", String.join(",", p[0], p[1], p[2], p[3], p[4]), originPrecision);
        }
    }

    private String share(long value, double share) {
        return Long.toString(Math.max(0, Math.round(value * share)));
    }

    private void row(String metric, String kind, long value, String low, String high, String qualifier, LocalDate start,
                     LocalDate end, String precision, Place place, Source source, String title, String url, String published,
                     String status, String reason, String breakdown, String originPrecision) {
        UUID id = UUID.nameUUIDFromBytes((country + "/" + figures).getBytes(StandardCharsets.UTF_8));
        figures++;
        csv.append(String.join(",", id.toString(), metric, kind, Long.toString(value), low, high, qualifier,
                start == null ? "" : start.toString(), end.toString(), precision, place.code(), source.id(), title, url,
                published, status, reason, breakdown.isEmpty() ? ",,,," : breakdown, originPrecision)).append('\n');
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Place anyPlace() {
        double l = random.nextDouble();
        return l < 0.05 ? places.get(0) : l < 0.30 ? anyAt(1) : l < 0.85 ? anyAt(2) : anyAt(3);
    }

    private Place anyAt(int depth) {
        List<Place> at = places.stream().filter(p -> p.depth() == depth).toList();
        return at.get(random.nextInt(at.size()));
    }

    private Place place(String code) {
        return places.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private Source pickSource() {
        double total = sources.stream().mapToDouble(Source::weight).sum();
        double r = random.nextDouble() * total;
        for (Source s : sources) {
            r -= s.weight();
            if (r < 0) {
                return s;
            }
        }
        return sources.get(sources.size() - 1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
