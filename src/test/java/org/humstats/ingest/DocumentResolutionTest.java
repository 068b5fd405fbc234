package org.humstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.humstats.common.ImportRejected;
import org.humstats.document.Citation;
import org.humstats.document.DocumentInput;
import org.humstats.figure.FigureFields;
import org.humstats.figure.FigureInput;
import org.humstats.figure.Kind;
import org.junit.jupiter.api.Test;

class DocumentResolutionTest {

    private static final Citation HNO = new Citation("Humanitarian Needs Overview 2018: Syrian Arab Republic", "un-ocha",
            "https://example.org/hno-2018", LocalDate.of(2017, 11, 21));

    private final ImportErrors errors = new ImportErrors();
    private final Map<UUID, Citation> stored = new HashMap<>();
    private int lookups;

    private final DocumentResolution.Lookup lookup = new DocumentResolution.Lookup() {
        @Override
        public Map<UUID, Citation> byIds(Set<UUID> ids) {
            lookups++;
            Map<UUID, Citation> found = new HashMap<>();
            ids.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
            return found;
        }

        @Override
        public UUID byCitation(Citation c) {
            lookups++;
            return stored.entrySet().stream().filter(e -> e.getValue().equals(c)).map(Map.Entry::getKey).findFirst().orElse(null);
        }
    };

    private static CheckedRow citing(long row, UUID documentId, Citation c) {
        DocumentInput doc = c == null ? null : new DocumentInput(documentId, c.title(), c.publisher(), c.url(), c.publishedOn(), null, null);
        FigureInput in = new FigureInput(null, "idps", Kind.STOCK, 6_100_000L, null, null, null, null, LocalDate.of(2017, 12, 31),
                null, "SYR", "un-ocha", doc == null ? documentId : null, doc, null, null, null, null, null, null);
        return new CheckedRow(new ImportRow(row, in, Map.of(), List.of()), FigureFields.of(in, in.documentId()));
    }

    @Test
    void shouldCreateOneDocumentForACitationRepeatedOnManyRows() throws Exception {
        DocumentResolution r = new DocumentResolution(errors);
        List<CheckedRow> settled = r.settle(List.of(citing(2, null, HNO), citing(3, null, HNO), citing(4, null, HNO)), lookup);
        List<DocumentResolution.NewDocument> created = r.takeNew();
        assertEquals(1, created.size());
        UUID id = created.get(0).id();
        assertTrue(settled.stream().allMatch(c -> id.equals(c.fields().documentId())));
        assertEquals(HNO, r.citation(id));
        assertTrue(r.takeNew().isEmpty(), "a document is handed out for writing once");
    }

    @Test
    void shouldCiteTheStoredDocumentWithTheSameCitation() throws Exception {
        UUID id = UUID.randomUUID();
        stored.put(id, HNO);
        DocumentResolution r = new DocumentResolution(errors);
        assertEquals(id, r.settle(List.of(citing(2, null, HNO)), lookup).get(0).fields().documentId());
        assertTrue(r.takeNew().isEmpty());
        int asked = lookups;
        r.settle(List.of(citing(3, null, HNO)), lookup);
        assertEquals(asked, lookups, "a citation already settled is not looked up again");
    }

    @Test
    void shouldCreateADocumentUnderTheIdTheRowGives() throws Exception {
        UUID id = UUID.randomUUID();
        DocumentResolution r = new DocumentResolution(errors);
        assertEquals(id, r.settle(List.of(citing(2, id, HNO)), lookup).get(0).fields().documentId());
        assertEquals(id, r.takeNew().get(0).id());
    }

    @Test
    void shouldAcceptACitationWithoutPublisherForTheStoredDocument() throws Exception {
        UUID id = UUID.randomUUID();
        stored.put(id, HNO);
        Citation fromCsv = new Citation(HNO.title(), null, HNO.url(), HNO.publishedOn());
        DocumentResolution r = new DocumentResolution(errors);
        r.settle(List.of(citing(2, id, fromCsv)), lookup);
        errors.throwIfAny();
        assertTrue(r.takeNew().isEmpty());
    }

    @Test
    void shouldRefuseACitationThatContradictsTheStoredDocument() throws Exception {
        UUID id = UUID.randomUUID();
        stored.put(id, HNO);
        Citation other = new Citation("Another report", "un-ocha", HNO.url(), HNO.publishedOn());
        new DocumentResolution(errors).settle(List.of(citing(7, id, other)), lookup);
        ImportRejected.RowError e = assertThrows(ImportRejected.class, errors::throwIfAny).errors().get(0);
        assertEquals(7, e.row());
        assertTrue(e.message().contains("is stored as 'Humanitarian Needs Overview 2018"), e.message());
    }

    @Test
    void shouldRefuseAnUnknownDocumentWithoutItsCitation() throws Exception {
        new DocumentResolution(errors).settle(List.of(citing(4, UUID.randomUUID(), null)), lookup);
        String message = assertThrows(ImportRejected.class, errors::throwIfAny).errors().get(0).message();
        assertTrue(message.startsWith("unknown document"), message);
    }

    @Test
    void shouldTellTwoCitationsApart() {
        assertTrue(new Citation(HNO.title(), null, HNO.url(), HNO.publishedOn()).sameDocumentAs(HNO));
        assertNotEquals(true, new Citation(HNO.title(), "idmc", HNO.url(), HNO.publishedOn()).sameDocumentAs(HNO));
        assertNotEquals(true, new Citation(HNO.title(), null, HNO.url(), LocalDate.of(2017, 11, 22)).sameDocumentAs(HNO));
    }
}
