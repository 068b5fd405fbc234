package org.humstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.humstats.common.ImportRejected;
import org.humstats.figure.FigureFields;
import org.humstats.figure.FigureInput;
import org.humstats.figure.FigureStatus;
import org.humstats.figure.FigureTable.Stored;
import org.humstats.figure.Kind;
import org.humstats.history.ChangeType;
import org.junit.jupiter.api.Test;

class FigureMatcherTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2025-01-01T00:00:00Z");
    private static final UUID IMPORTER = UUID.randomUUID();
    private static final UUID EDITOR = UUID.randomUUID();

    private final ImportErrors errors = new ImportErrors();
    private final List<Stored> stored = new ArrayList<>();

    /** The stored figures as the database would answer. */
    private final FigureMatcher.Lookup lookup = new FigureMatcher.Lookup() {
        @Override
        public Map<UUID, Stored> byIds(List<UUID> ids) {
            Map<UUID, Stored> found = new HashMap<>();
            stored.stream().filter(s -> ids.contains(s.id())).forEach(s -> found.put(s.id(), s));
            return found;
        }

        @Override
        public List<Stored> byKeys(List<FigureFields> keys) {
            return stored.stream().filter(s -> keys.stream().anyMatch(k -> k.metric().equals(s.fields().metric())
                    && k.kind() == s.fields().kind() && k.locationCode().equals(s.fields().locationCode())
                    && k.periodEnd().equals(s.fields().periodEnd()))).toList();
        }
    };

    private static FigureInput stock(UUID id, long value, FigureStatus status) {
        return new FigureInput(id, "idps", Kind.STOCK, value, null, null, null, null, LocalDate.of(2017, 12, 31), null,
                "SYR", "idmc", null, null, null, null, null, null, status, status == FigureStatus.RETRACTED ? "withdrawn" : null);
    }

    private static CheckedRow row(long number, FigureInput in) {
        return new CheckedRow(new ImportRow(number, in, Map.of("id", "id"), List.of()), FigureFields.of(in, null));
    }

    private Stored store(FigureInput in) {
        Stored s = new Stored(in.id() == null ? UUID.randomUUID() : in.id(), FigureFields.of(in, null), EARLIER, 3, EDITOR);
        stored.add(s);
        return s;
    }

    private FigureMatcher matcher(boolean createOnly) {
        return new FigureMatcher(createOnly, NOW, IMPORTER, errors);
    }

    @Test
    void shouldCreateAFigureNobodyHasStored() throws Exception {
        FigureMatcher m = matcher(false);
        List<FigureMatcher.Change> changes = m.match(List.of(row(2, stock(null, 6_100_000, null))), lookup);
        assertEquals(1, changes.size());
        FigureMatcher.Change c = changes.get(0);
        assertEquals(ChangeType.CREATED, c.type());
        assertEquals(NOW, c.createdAt());
        assertEquals(0, c.version());
        assertEquals(IMPORTER, c.createdBy());
        assertEquals(7, c.id().version(), "server-chosen ids are time-ordered");
        assertEquals(1, m.created);
    }

    @Test
    void shouldLeaveAFigureAloneWhenTheRowSaysWhatIsStored() throws Exception {
        store(stock(null, 6_100_000, null));
        FigureMatcher m = matcher(false);
        assertTrue(m.match(List.of(row(2, stock(null, 6_100_000, null))), lookup).isEmpty());
        assertEquals(1, m.unchanged);
    }

    @Test
    void shouldChangeTheStoredFigureOfTheSameKeyKeepingItsHistory() throws Exception {
        Stored before = store(stock(null, 6_100_000, null));
        FigureMatcher m = matcher(false);
        FigureMatcher.Change c = m.match(List.of(row(2, stock(null, 6_300_000, null))), lookup).get(0);
        assertEquals(ChangeType.UPDATED, c.type());
        assertEquals(before.id(), c.id());
        assertEquals(6_300_000, c.fields().value());
        assertEquals(EARLIER, c.createdAt());
        assertEquals(NOW, c.updatedAt());
        assertEquals(4, c.version());
        assertEquals(EDITOR, c.createdBy());
    }

    @Test
    void shouldLogARowThatRetractsAStoredFigureAsARetraction() throws Exception {
        UUID id = store(stock(UUID.randomUUID(), 6_100_000, null)).id();
        FigureMatcher.Change c = matcher(false).match(List.of(row(2, stock(id, 6_100_000, FigureStatus.RETRACTED))), lookup).get(0);
        assertEquals(ChangeType.RETRACTED, c.type());
    }

    @Test
    void shouldNeverBringBackARetractedFigure() throws Exception {
        UUID id = store(stock(UUID.randomUUID(), 6_100_000, FigureStatus.RETRACTED)).id();
        assertTrue(matcher(false).match(List.of(row(5, stock(id, 6_200_000, null))), lookup).isEmpty());
        ImportRejected rejected = assertThrows(ImportRejected.class, errors::throwIfAny);
        assertEquals(5, rejected.errors().get(0).row());
        assertTrue(rejected.errors().get(0).message().contains("is retracted"));
    }

    @Test
    void shouldRefuseToGuessBetweenTwoLiveFiguresOfTheSameKey() throws Exception {
        Stored a = store(stock(null, 6_000_000, null));
        Stored b = store(stock(null, 6_500_000, null));
        assertTrue(matcher(false).match(List.of(row(3, stock(null, 6_100_000, null))), lookup).isEmpty());
        String message = assertThrows(ImportRejected.class, errors::throwIfAny).errors().get(0).message();
        assertTrue(message.contains(a.id().toString()) && message.contains(b.id().toString()), message);
    }

    @Test
    void shouldOnlyAddWhenAskedToCreateOnly() throws Exception {
        store(stock(null, 6_100_000, null));
        FigureMatcher m = matcher(true);
        assertTrue(m.match(List.of(row(2, stock(null, 1, null))), lookup).isEmpty());
        assertEquals(1, m.unchanged);
    }
}
