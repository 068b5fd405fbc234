package org.humstats.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
public final class Csv {

    private Csv() {
    }

    /**
     * The longest record a reader takes, in characters: far more than any row of figures (a figure's text fields
     * together stay under 10,000), and small enough that a file without line breaks is refused at once instead of
     * filling the memory.
     */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    /** Reads one record at a time, so a large file never sits in memory as rows. */
    public static final class RecordReader {
        private final Reader in;
        private final int maxChars;
        private int peeked = -2;
        private long line = 1;

        public RecordReader(Reader in) {
            this(in, MAX_RECORD_CHARS);
        }

        /** @param maxChars the longest record taken; a longer one is a {@link CsvException} */
        public RecordReader(Reader in, int maxChars) {
            this.in = in;
            this.maxChars = maxChars;
        }

        /** The line on which the next record starts (1-based). */
        public long line() {
            return line;
        }

        /** @return the next record, or null at the end of the input */
        public List<String> next() {
            try {
                int c = read();
                if (c == -1) {
                    return null;
                }
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                boolean wasQuoted = false;
                long start = line;
                int length = 0;
                while (true) {
                    if (++length > maxChars) {
                        throw new CsvException(start, "the record is longer than " + maxChars + " characters (a line "
                                + "break missing, or not a table at all)");
                    }
                    if (quoted) {
                        if (c == -1) {
                            throw new CsvException(line, "a quoted field is not closed");
                        }
                        if (c == '"') {
                            int d = read();
                            if (d == '"') {
                                field.append('"');
                            } else {
                                quoted = false;
                                c = d;
                                continue;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append((char) c);
                        }
                    } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                        quoted = true;
                        wasQuoted = true;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        wasQuoted = false;
                    } else if (c == '\r' || c == '\n' || c == -1) {
                        if (c == '\r') {
                            int d = read();
                            if (d != '\n') {
                                peeked = d;
                            }
                        }
                        if (c != -1) {
                            line++;
                        }
                        fields.add(field.toString());
                        return fields;
                    } else {
                        field.append((char) c);
                    }
                    c = read();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int p = peeked;
                peeked = -2;
                return p;
            }
            return in.read();
        }
    }

    /** A file that is not CSV at all (as opposed to a row with a bad value). */
    public static class CsvException extends RuntimeException {
        public final long line;

        public CsvException(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }
    }

    /** Writes one record; quotes where needed. */
    public static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** The first characters that make a spreadsheet read a cell as a formula, and the guard's own apostrophe. */
    private static final String GUARDED = "=+-@\t\r'";

    /**
     * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe,
     * so opening an export can never execute anything. Numbers are written as numbers and need no guard.
     * Text that itself starts with an apostrophe gets one too (a spreadsheet shows it as typed), so that
     * {@link #unguard} gives back exactly what was stored.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return GUARDED.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Undoes {@link #text}: an exported cell imports back to the text that was stored. */
    public static String unguard(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && GUARDED.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
