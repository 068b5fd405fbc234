import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.humstats.common.Csv;
import org.humstats.extract.Extractor;
import org.humstats.extract.KnownPlace;
import org.humstats.extract.KnownSource;
import org.humstats.extract.ProposedFigure;

/**
 * Scores the report extractor on labelled text that no one here wrote (see docs/extraction.md):
 *
 *   java -cp target/classes:$(cat target/classpath.txt) bench/ExtractionEval.java [options]
 *
 * Options: --data DIR (the text2figure folder, default ../shared/data/external/text2figure), --article FILE (the founding
 * article, default DIR/../../../seeds/albu-kamal-2017-11-08.txt), --pcodes FILE (OCHA global P-codes, for the speed run
 * with a full-size gazetteer; default DIR/../../global-pcodes-adm-1-2.csv), --labels FILE (the precision sample labels,
 * default bench/extraction-precision-labels.tsv), --held-out (also score the UCDP held-out set), --speed-mb N (MB of text
 * for the speed run, default 20), --show SET (print every excerpt of SET: idetect, labelled, india, ucdp, sample,
 * misses) and --sample (print the precision sample's candidates as label lines to fill in).
 *
 * Reads the data only; writes nothing. Files stay where they are: never copy them into the repository.
 */
public class ExtractionEval {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate IDETECT_DATE = LocalDate.of(2017, 4, 1);

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        Path data = Path.of(opt.getOrDefault("data", "../shared/data/external/text2figure"));
        Path article = Path.of(opt.getOrDefault("article", data.resolve("../../../seeds/albu-kamal-2017-11-08.txt").normalize().toString()));
        Path pcodes = Path.of(opt.getOrDefault("pcodes", data.resolve("../../global-pcodes-adm-1-2.csv").normalize().toString()));
        Path labels = Path.of(opt.getOrDefault("labels", "bench/extraction-precision-labels.tsv"));
        String show = opt.get("show");

        Extractor seedExtractor = new Extractor(seedPlaces(), seedSources());
        Extractor plain = new Extractor(List.of(), seedSources());

        System.out.println("# Extraction evaluation\n");
        boolean articleOk = foundingArticle(seedExtractor, article);
        idetect(plain, data.resolve("idmc_idetect_test_dataset_NLP.csv"), "idetect".equals(show), "misses".equals(show));
        labelled(plain, data.resolve("idmc_fully_labelled.csv"), "labelled".equals(show));
        india(plain, data.resolve("idmc_idu_IND_2023_events.csv"), "india".equals(show));
        precision(plain, data, labels, "sample".equals(show), opt.containsKey("sample"));
        if (opt.containsKey("held-out")) {
            ucdp(plain, data.resolve("ucdp_ged191_MMR_BGD_headlines_200.csv"), "ucdp".equals(show));
        }
        speed(data, pcodes, Integer.parseInt(opt.getOrDefault("speed-mb", "20")));
        if (!articleOk) {
            System.exit(1);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            if (Set.of("held-out", "sample").contains(key)) {
                m.put(key, "true");
            } else {
                m.put(key, args[++i]);
            }
        }
        return m;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // The gazetteer and sources of seed-data/, as a fresh deployment has them

    static List<KnownPlace> seedPlaces() throws IOException {
        List<KnownPlace> out = new ArrayList<>();
        JsonNode all = JSON.readTree(Path.of("seed-data/locations.json").toFile());
        Map<String, Integer> levels = Map.of("country", 0, "admin1", 1, "admin2", 2, "admin3", 3);
        for (JsonNode l : all) {
            List<String> aliases = new ArrayList<>();
            l.path("aliases").forEach(a -> aliases.add(a.asText()));
            String type = l.get("type").asText();
            out.add(new KnownPlace(l.get("code").asText(), l.get("name").asText(), aliases, type, levels.get(type),
                    l.path("parent_code").asText(null), null));
        }
        return out;
    }

    static List<KnownSource> seedSources() throws IOException {
        List<KnownSource> out = new ArrayList<>();
        for (JsonNode s : JSON.readTree(Path.of("seed-data/sources.json").toFile())) {
            List<String> aliases = new ArrayList<>();
            s.path("aliases").forEach(a -> aliases.add(a.asText()));
            out.add(new KnownSource(s.get("id").asText(), s.get("name").asText(),
                    s.path("acronym").isNull() ? null : s.path("acronym").asText(null), aliases));
        }
        return out;
    }

    static List<List<String>> csv(Path file) throws IOException {
        // Some files hold bytes that are not UTF-8; they become U+FFFD, as a browser would show them.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Csv.RecordReader r = new Csv.RecordReader(new StringReader(text));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = r.next(); row != null; row = r.next()) {
            rows.add(row);
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // The founding article: exactly its three figures

    static boolean foundingArticle(Extractor extractor, Path file) throws IOException {
        System.out.println("## Founding article (" + file.getFileName() + ")\n");
        if (!Files.exists(file)) {
            System.out.println("not found: " + file + "\n");
            return false;
        }
        List<ProposedFigure> got = extractor.extract(Files.readString(file), LocalDate.of(2017, 11, 8), "the-new-arab");
        String[][] expected = {
            // metric, kind, qualifier, value, origin, location, source, attributed_to
            {"displaced", "flow", "approximately", "120000", "", "SY0902", "un-ocha", "Linda Tom, OCHA Damascus"},
            {"fighters", "stock", "approximately", "1500", "", "euphrates-valley-border-area", "us-led-coalition", ""},
            {"killed", "cumulative", "at_least", "330000", "2011-03-01", "SYR", "the-new-arab", ""},
        };
        boolean ok = got.size() == expected.length;
        System.out.println("| metric | kind | qualifier | value | period | place | source | attributed_to | as expected |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < got.size(); i++) {
            ProposedFigure f = got.get(i);
            boolean match = i < expected.length && f.metric().equals(expected[i][0]) && f.kind().wire().equals(expected[i][1])
                    && f.qualifier().wire().equals(expected[i][2]) && f.value() == Long.parseLong(expected[i][3])
                    && (expected[i][4].isEmpty() ? f.kind().wire().equals("cumulative") == false
                        : expected[i][4].equals(String.valueOf(f.periodStart())))
                    && expected[i][5].equals(f.locationCode()) && expected[i][6].equals(f.source())
                    && expected[i][7].equals(f.attributedTo() == null ? "" : f.attributedTo());
            ok &= match;
            System.out.printf("| %s | %s | %s | %d | %s..%s (%s) | %s | %s | %s | %s |%n", f.metric(), f.kind().wire(),
                    f.qualifier().wire(), f.value(), f.periodStart(), f.periodEnd(), f.datePrecision().wire(),
                    f.locationCode(), f.source(), f.attributedTo(), match ? "yes" : "**no**");
        }
        System.out.println("\nThree figures, each as expected: " + (ok ? "**yes**" : "**NO**") + "\n");
        return ok;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // IDETECT: is the labelled quantity among the candidates, and is its unit right?

    static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:[, ]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(million|m\\b|M\\b)?");

    /** Whether the text states the number in digits (as "260,000", "260 000", "260000" or "0.26 million"). */
    static boolean statesWithDigits(String text, long value) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String n = m.group(1).replace(",", "").replace(" ", "");
            double v;
            try {
                v = Double.parseDouble(n);
            } catch (NumberFormatException e) {
                continue;
            }
            if (m.group(2) != null) {
                v *= 1_000_000;
            }
            if (Math.round(v) == value) {
                return true;
            }
        }
        return false;
    }

    static ProposedFigure hit(List<ProposedFigure> candidates, long value) {
        return candidates.stream()
                .filter(c -> c.value() == value || (c.low() != null && c.low() == value) || (c.high() != null && c.high() == value))
                .max(Comparator.comparingDouble(ProposedFigure::confidence)).orElse(null);
    }

    record Score(int excerpts, int stated, int found, int unitRight, int candidates) {
    }

    static Score quantityAndUnit(Extractor extractor, List<String[]> items, boolean print, boolean printMisses) {
        int stated = 0;
        int found = 0;
        int unitRight = 0;
        int candidates = 0;
        for (String[] item : items) {
            String text = item[1];
            long value = Math.round(Double.parseDouble(item[2]));
            String unit = item[3].trim().toLowerCase(Locale.ROOT);
            List<ProposedFigure> got = extractor.extract(text, IDETECT_DATE, null);
            candidates += got.size();
            boolean digits = statesWithDigits(text, value);
            ProposedFigure h = hit(got, value);
            if (digits) {
                stated++;
                if (h != null) {
                    found++;
                    if (h.unit().equals(unit)) {
                        unitRight++;
                    }
                }
            }
            boolean miss = digits && (h == null || !h.unit().equals(unit));
            if (print || (printMisses && miss)) {
                System.out.println("- [" + item[0] + "] label " + value + " " + unit + (digits ? "" : " (not in digits)")
                        + (h == null ? (digits ? " **MISSED**" : "") : h.unit().equals(unit) ? "" : " **UNIT**"));
                System.out.println("  > " + text.replace('\n', ' '));
                for (ProposedFigure f : got) {
                    System.out.println("  * " + describe(f));
                }
            }
        }
        return new Score(items.size(), stated, found, unitRight, candidates);
    }

    static String describe(ProposedFigure f) {
        return String.format("%s %s %s %d%s %s %s..%s %s | place %s (%s) | source %s (%s) | by %s | subject %s | cause %s | %.2f",
                f.metric(), f.kind().wire(), f.qualifier().wire(), f.value(),
                f.low() == null ? "" : " [" + f.low() + "-" + f.high() + "]", f.unit(), f.periodStart(), f.periodEnd(),
                f.datePrecision().wire(), f.locationCode(), f.locationText(), f.source(), f.sourceText(), f.attributedTo(),
                f.subject(), f.cause(), f.confidence());
    }

    static void report(String name, Score s) {
        System.out.printf("%s: %d excerpts, %d state the labelled quantity in digits; found among the candidates for %d "
                        + "(**%.1f%%**), unit right for %d of those (**%.1f%%**); %.2f candidates per excerpt.%n%n",
                name, s.excerpts, s.stated, s.found, 100.0 * s.found / s.stated, s.unitRight,
                s.found == 0 ? 0 : 100.0 * s.unitRight / s.found, (double) s.candidates / s.excerpts);
    }

    static void idetect(Extractor extractor, Path file, boolean print, boolean misses) throws IOException {
        System.out.println("## IDETECT test set (development)\n");
        List<List<String>> rows = csv(file);
        List<String[]> items = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            items.add(new String[] {r.get(0), r.get(1), r.get(2), r.get(4)});
        }
        report("IDETECT", quantityAndUnit(extractor, items, print, misses));
    }

    static boolean spanish(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT) + " ";
        int hits = 0;
        for (String w : new String[] {" de ", " las ", " los ", " personas ", " familias ", " por ", " desplaz", " del ", " que "}) {
            hits += t.contains(w) ? 1 : 0;
        }
        return hits >= 3;
    }

    static void labelled(Extractor extractor, Path file, boolean print) throws IOException {
        System.out.println("## IDMC fully labelled excerpts (development)\n");
        List<List<String>> rows = csv(file);
        List<String[]> english = new ArrayList<>();
        List<String[]> other = new ArrayList<>();
        int n = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            n++;
            String figure = r.get(5).replace(",", "").trim();
            if (!figure.matches("\\d+(\\.\\d+)?")) {
                continue;
            }
            String[] item = {String.valueOf(n), r.get(3), figure, r.get(7)};
            (spanish(r.get(3)) ? other : english).add(item);
        }
        report("English excerpts", quantityAndUnit(extractor, english, print, false));
        report("Spanish excerpts (not understood; shown for completeness)", quantityAndUnit(extractor, other, false, false));
    }

    // ------------------------------------------------------------------------------------------------------------------
    // India 2023: the qualifier of the figure each description states

    static final Pattern INDIA_HEADING = Pattern.compile("^India: [^.]*?\\d{2} [A-Z][a-z]+ - \\d{2} [A-Z][a-z]+\\.\\s*");

    static void india(Extractor extractor, Path file, boolean print) throws IOException {
        System.out.println("## IDMC India 2023 update descriptions (development)\n");
        List<List<String>> rows = csv(file);
        List<String> header = rows.get(0);
        int qi = header.indexOf("qualifier");
        int di = header.indexOf("description");
        int fi = header.indexOf("figure");
        int right = 0;
        int none = 0;
        int total = 0;
        int candidates = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            total++;
            String expected = switch (r.get(qi).trim()) {
                case "total" -> "exact";
                case "approximately" -> "approximately";
                case "more than" -> "at_least";
                default -> r.get(qi).trim();
            };
            // The heading ("India: 1,595 displacements (in relief camp), 04 October - 04 October.") is IDMC's own summary
            // of its labels; the qualifier is scored on the narrative that follows it.
            String narrative = INDIA_HEADING.matcher(r.get(di)).replaceFirst("");
            List<ProposedFigure> got = extractor.extract(narrative, LocalDate.of(2023, 12, 31), null);
            candidates += got.size();
            ProposedFigure first = got.isEmpty() ? null : got.get(0);
            boolean ok = first != null && first.qualifier().wire().equals(expected);
            right += ok ? 1 : 0;
            none += first == null ? 1 : 0;
            if (print || !ok) {
                System.out.println("- " + (ok ? "" : "**wrong** ") + "label " + expected + " " + r.get(fi) + " > " + narrative);
                got.forEach(f -> System.out.println("  * " + describe(f)));
            }
        }
        System.out.printf("%nIndia: qualifier right for %d of %d descriptions (**%.1f%%**); %d gave no candidate; "
                + "%.2f candidates per description.%n%n", right, total, 100.0 * right / total, none, (double) candidates / total);
    }

    // ------------------------------------------------------------------------------------------------------------------
    // UCDP held-out headlines: a "killed" candidate equal to the event's low, best or high deaths

    static void ucdp(Extractor extractor, Path file, boolean print) throws IOException {
        System.out.println("## UCDP GED headlines (held out: scored once, not tuned to)\n");
        List<List<String>> rows = csv(file);
        List<String> h = rows.get(0);
        int head = h.indexOf("source_headline");
        int date = h.indexOf("date_end");
        int lo = h.indexOf("low");
        int be = h.indexOf("best");
        int hi = h.indexOf("high");
        int events = 0;
        int stated = 0;
        int found = 0;
        int killedFound = 0;
        int candidates = 0;
        int killedCandidates = 0;
        int anyForm = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            events++;
            String text = String.join("\n", r.get(head).split(";"));
            Set<Long> deaths = new java.util.HashSet<>(List.of(Long.parseLong(r.get(lo)), Long.parseLong(r.get(be)), Long.parseLong(r.get(hi))));
            List<ProposedFigure> got = extractor.extract(text, LocalDate.parse(r.get(date)), null);
            candidates += got.size();
            killedCandidates += (int) got.stream().filter(f -> f.metric().equals("killed")).count();
            boolean digits = deaths.stream().anyMatch(d -> d > 0 && statesWithDigits(text, d));
            boolean any = got.stream().anyMatch(f -> deaths.contains(f.value()));
            boolean killed = got.stream().anyMatch(f -> f.metric().equals("killed") && deaths.contains(f.value()));
            stated += digits ? 1 : 0;
            found += digits && any ? 1 : 0;
            killedFound += digits && killed ? 1 : 0;
            anyForm += killed ? 1 : 0;
            if (print) {
                System.out.println("- deaths " + deaths + (digits ? "" : " (no death count in digits)") + " > " + text.replace("\n", " | "));
                got.forEach(f -> System.out.println("  * " + describe(f)));
            }
        }
        System.out.printf("UCDP: %d events; %d headlines state one of the event's low/best/high deaths in digits; a candidate "
                        + "has that number for %d (**%.1f%%**), a `killed` candidate for %d (**%.1f%%**); %.2f candidates per "
                        + "event (%d killed). Counting numbers in words too (\"kills seven\"), a `killed` candidate equals the "
                        + "event's low, best or high deaths for %d of the %d events (%.1f%%).%n%n", events, stated, found,
                100.0 * found / stated, killedFound, 100.0 * killedFound / stated, (double) candidates / events,
                killedCandidates, anyForm, events, 100.0 * anyForm / events);
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Precision on a sample labelled by hand

    /**
     * The sample: every tenth IDETECT excerpt (ids 10, 20, ... 310) and every tenth English excerpt of the fully
     * labelled set (rows 10, 20, ... 130). Each candidate the extractor proposes there is looked up in the labels file
     * (set, id, value, metric, unit, verdict): "yes" when the excerpt states that number as a figure of that metric in
     * that unit, "no" otherwise.
     */
    static void precision(Extractor extractor, Path data, Path labelsFile, boolean print, boolean emit) throws IOException {
        System.out.println("## Precision on a hand-labelled sample (development sets)\n");
        Map<String, String> labels = new LinkedHashMap<>();
        if (Files.exists(labelsFile)) {
            for (String line : Files.readAllLines(labelsFile)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                labels.put(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4], f[5]);
            }
        }
        List<String[]> sample = new ArrayList<>();
        List<List<String>> idetect = csv(data.resolve("idmc_idetect_test_dataset_NLP.csv"));
        for (List<String> r : idetect.subList(1, idetect.size())) {
            int id = (int) Double.parseDouble(r.get(0));
            if (id % 10 == 0) {
                sample.add(new String[] {"idetect", String.valueOf(id), r.get(1)});
            }
        }
        List<List<String>> labelled = csv(data.resolve("idmc_fully_labelled.csv"));
        for (int n = 1; n < labelled.size(); n++) {
            if (n % 10 == 0 && !spanish(labelled.get(n).get(3))) {
                sample.add(new String[] {"labelled", String.valueOf(n), labelled.get(n).get(3)});
            }
        }
        int yes = 0;
        int no = 0;
        int unlabelled = 0;
        for (String[] s : sample) {
            List<ProposedFigure> got = extractor.extract(s[2], IDETECT_DATE, null);
            if (print || emit) {
                System.out.println("# [" + s[0] + " " + s[1] + "] " + s[2].replace('\n', ' '));
            }
            for (ProposedFigure f : got) {
                String key = s[0] + "\t" + s[1] + "\t" + f.value() + "\t" + f.metric() + "\t" + f.unit();
                String verdict = labels.get(key);
                if (verdict == null) {
                    unlabelled++;
                } else if (verdict.equals("yes")) {
                    yes++;
                } else {
                    no++;
                }
                if (emit) {
                    System.out.println(key + "\t" + (verdict == null ? "?" : verdict) + "\t" + describe(f));
                } else if (print || verdict == null) {
                    System.out.println("  * " + (verdict == null ? "UNLABELLED " : verdict + " ") + describe(f));
                }
            }
        }
        System.out.printf("%nSample: %d excerpts, %d candidates: %d right, %d wrong, %d not yet labelled; precision **%.1f%%**.%n%n",
                sample.size(), yes + no + unlabelled, yes, no, unlabelled, yes + no == 0 ? 0 : 100.0 * yes / (yes + no));
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Speed: one thread, the development excerpts repeated, with the full OCHA gazetteer loaded

    static void speed(Path data, Path pcodes, int megabytes) throws IOException {
        System.out.println("## Speed (one thread)\n");
        List<KnownPlace> places = new ArrayList<>(seedPlaces());
        if (Files.exists(pcodes)) {
            List<List<String>> rows = csv(pcodes);
            for (List<String> r : rows.subList(1, rows.size())) {
                int level = Integer.parseInt(r.get(1));
                places.add(new KnownPlace(r.get(2), r.get(3), List.of(), "admin" + level, level, r.get(4), r.get(0)));
            }
        }
        long t0 = System.nanoTime();
        Extractor extractor = new Extractor(places, seedSources());
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        StringBuilder corpus = new StringBuilder();
        List<List<String>> rows = csv(data.resolve("idmc_idetect_test_dataset_NLP.csv"));
        for (List<String> r : rows.subList(1, rows.size())) {
            corpus.append(r.get(1)).append("\n\n");
        }
        List<List<String>> more = csv(data.resolve("idmc_fully_labelled.csv"));
        for (List<String> r : more.subList(1, more.size())) {
            corpus.append(r.get(3)).append("\n\n");
        }
        String unit = corpus.toString();
        int bytesPerUnit = unit.getBytes(StandardCharsets.UTF_8).length;
        // Reports of about 50 kB each, as an editor would paste them.
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < unit.length(); i += 50_000) {
            reports.add(unit.substring(i, Math.min(unit.length(), i + 50_000)));
        }
        long sink = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (String r : reports) {
                sink += extractor.extract(r, IDETECT_DATE, null).size();
            }
        }
        // CPU time of this thread, so that other work on the machine does not count against the extractor.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long bytes = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        while (bytes < (long) megabytes * 1_000_000) {
            for (String r : reports) {
                sink += extractor.extract(r, IDETECT_DATE, null).size();
            }
            bytes += bytesPerUnit;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d places in the gazetteer (index built in %d ms); %.1f MB of report text (the development "
                + "excerpts, in reports of 50 kB) on one thread: %.2f s of CPU, **%.1f MB/s** (%.2f s of wall-clock time, "
                + "%.1f MB/s, on a machine shared with other work; load average %.1f); %d candidates.%n%n", places.size(),
                buildMs, bytes / 1e6, cpu, bytes / 1e6 / cpu, seconds, bytes / 1e6 / seconds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink);
    }
}
