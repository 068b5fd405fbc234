import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the benchmark's input, deterministically: a synthetic gazetteer in OCHA's global P-code format and N figure rows
 * in the import's CSV format (no ids, so re-import matches on metric, kind, location, period and source).
 *
 * <p>Usage: {@code java GenerateImport.java <dir> [rows]} writes dir/gazetteer.csv and dir/figures.csv.
 * Every row has its own (metric, kind, location, period, source): row i is place i % 1000 and j = i / 1000, which picks
 * the source (j % 4), metric ((j / 4) % 5), kind ((j / 20) % 2) and month (j / 40) — one combination per j.
 */
public class GenerateImport {

    static final String[] COUNTRIES = {"MLI", "NER", "TCD", "BFA", "CAF"};
    static final String[] SOURCES = {"bench-un", "bench-ngo", "bench-gov", "bench-media"};
    static final String[] METRICS = {"displaced", "idps", "killed", "injured", "in_need"};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Files.createDirectories(dir);
        String[] places = new String[1000];
        try (BufferedWriter w = writer(dir.resolve("gazetteer.csv"))) {
            w.write("Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n");
            int n = 0;
            for (int c = 0; c < COUNTRIES.length; c++) {
                for (int a1 = 1; a1 <= 10; a1++) {
                    String adm1 = "BZ" + COUNTRIES[c] + String.format("%02d", a1);
                    w.write(COUNTRIES[c] + ",1," + adm1 + ",Bench region " + adm1 + "," + COUNTRIES[c] + ",2020-01-01\n");
                    for (int a2 = 1; a2 <= 20; a2++) {
                        String adm2 = adm1 + String.format("%02d", a2);
                        w.write(COUNTRIES[c] + ",2," + adm2 + ",Bench district " + adm2 + "," + adm1 + ",2020-01-01\n");
                        places[n++] = adm2;
                    }
                }
            }
        }
        LocalDate origin = LocalDate.of(2015, 1, 1);
        try (BufferedWriter w = writer(dir.resolve("figures.csv"))) {
            w.write("metric,kind,value,period_start,period_end,location_code,source\n");
            StringBuilder line = new StringBuilder(100);
            for (long i = 0; i < rows; i++) {
                int j = (int) (i / 1000);
                LocalDate start = origin.plusMonths(j / 40);
                LocalDate end = start.plusMonths(1).minusDays(1);
                boolean flow = (j / 20) % 2 == 0;
                long value = (i * 2654435761L) % 100_000;
                line.setLength(0);
                line.append(METRICS[(j / 4) % 5]).append(',').append(flow ? "flow" : "stock").append(',').append(value).append(',')
                        .append(flow ? start.toString() : "").append(',').append(end).append(',').append(places[(int) (i % 1000)])
                        .append(',').append(SOURCES[j % 4]).append('\n');
                w.write(line.toString());
            }
        }
    }

    static BufferedWriter writer(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
    }
}
