package org.humstats.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void refusesARecordLongerThanItsLimitSayingWhereItStarted() {
        Csv.RecordReader r = new Csv.RecordReader(new StringReader("a,b\nshort,row\n\"long\nfield\",xxxxxxxxxx\n"), 12);
        assertEquals(List.of("a", "b"), r.next());
        assertEquals(List.of("short", "row"), r.next());
        Csv.CsvException e = org.junit.jupiter.api.Assertions.assertThrows(Csv.CsvException.class, r::next);
        assertEquals(3, e.line);
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("longer than 12 characters"), e.getMessage());
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        Csv.RecordReader r = new Csv.RecordReader(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n"));
        assertEquals(List.of("a", "b, c", "say \"hi\""), r.next());
        assertEquals(List.of("two\nlines", "", "x"), r.next());
        assertNull(r.next());
    }

    @Test
    void reportsAnUnclosedQuote() {
        Csv.RecordReader r = new Csv.RecordReader(new StringReader("a,\"open\n"));
        assertThrows(Csv.CsvException.class, r::next);
    }

    @Test
    void writesWhatItReads() throws Exception {
        StringWriter w = new StringWriter();
        Csv.writeRecord(w, List.of("plain", "with, comma", "with \"quote\"", ""));
        assertEquals(List.of("plain", "with, comma", "with \"quote\"", ""), new Csv.RecordReader(new StringReader(w.toString())).next());
    }

    @Test
    void guardsTextThatASpreadsheetWouldRun() {
        assertEquals("'=1+1", Csv.text("=1+1"));
        assertEquals("'+1", Csv.text("+1"));
        assertEquals("'-2", Csv.text("-2"));
        assertEquals("'@SUM(A1)", Csv.text("@SUM(A1)"));
        assertEquals("'\t=1+1", Csv.text("\t=1+1"));
        assertEquals("'\r=1+1", Csv.text("\r=1+1"));
        assertEquals("Abu Kamal", Csv.text("Abu Kamal"));
        assertEquals("1+1=2", Csv.text("1+1=2"), "only a leading character starts a formula");
    }

    @Test
    void givesBackExactlyTheStoredTextWhenAGuardedCellIsReadAgain() {
        for (String stored : List.of("=1+1", "+ one", "-contested", "@home", "'quoted' by the council", "'=already guarded",
                "plain", "O'Brien", "'")) {
            assertEquals(stored, Csv.unguard(Csv.text(stored)), stored);
        }
        // A stored leading apostrophe is guarded too, or reading the cell back would drop it.
        assertEquals("''=x", Csv.text("'=x"));
    }
}
