package org.humstats.aggregate;

import static org.humstats.aggregate.MapGazetteer.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapGazetteerTest {

    private final MapGazetteer gazetteer = TestGazetteers.syriaAndIraq();

    @Test
    void answersNamesChildrenLevelsAndParents() {
        assertEquals("Abu Kamal", gazetteer.name("SY0902"));
        assertEquals(List.of("SY0901", "SY0902", "SY0903"), gazetteer.children("SY09"));
        assertEquals(2, gazetteer.adminLevel("SY0902"));
        assertEquals("SY09", gazetteer.parent("SY0902"));
        assertNull(gazetteer.parent("SYR"));
    }

    @Test
    void unknownCodesAnswerNothing() {
        assertNull(gazetteer.name("XX"));
        assertEquals(List.of(), gazetteer.children("XX"));
        assertNull(gazetteer.adminLevel("XX"));
        assertNull(gazetteer.parent("XX"));
    }

    @Test
    void duplicateCodesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> MapGazetteer.of(entry("SYR", "Syria", null, 0), entry("SYR", "Syria again", null, 0)));
    }

    @Test
    void worldScopeWithALevelListsThatLevelInEveryCountry() {
        List<CountedFigure> figures = List.of(
                TestFigure.flow("SY0901", "2018-01-01", "2018-01-31", 300).build(),
                TestFigure.flow("IQG01Q02", "2018-01-01", "2018-01-31", 40).build());
        List<AggregateRow> rows = CountingRules.aggregate(
                AggregateQuery.of("displaced", LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"), null)
                        .withLevel(1), figures, gazetteer).data();
        assertEquals(List.of("IQG01", "SY09"), rows.stream().map(AggregateRow::locationCode).toList());
        assertEquals(List.of(40L, 300L), rows.stream().map(AggregateRow::value).toList());
    }
}
