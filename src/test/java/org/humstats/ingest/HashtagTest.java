package org.humstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HashtagTest {

    @Test
    void shouldReadAttributesInAnyOrderAndCase() {
        assertEquals(Hashtag.parse("#affected+idps+ind+stock"), Hashtag.parse(" #AFFECTED +Stock+idps+IND "));
        assertEquals(new Hashtag("affected", Set.of("idps", "ind", "stock")), Hashtag.parse("#affected+stock+ind+idps"));
    }

    @Test
    void shouldTellTagsWithDifferentAttributesApart() {
        assertNotEquals(Hashtag.parse("#meta+source"), Hashtag.parse("#meta+source+name"));
    }

    @Test
    void shouldTreatACellWithoutHashtagAsUntagged() {
        assertNull(Hashtag.parse(""));
        assertNull(Hashtag.parse("Country"));
        assertNull(Hashtag.parse("#"));
        assertNull(Hashtag.parse(null));
    }
}
