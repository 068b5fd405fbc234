package org.humstats.aggregate;

import static org.humstats.aggregate.MapGazetteer.entry;

/** Small location trees for tests. */
final class TestGazetteers {

    private TestGazetteers() {
    }

    /**
     * SYR > SY09 (Deir-ez-Zor) > SY0901, SY0902, SY0903; SY0902 > SY090200, SY090201 (admin 3);
     * SYR > SY01 (Damascus, no children); IRQ > IQG01 > IQG01Q02.
     */
    static MapGazetteer syriaAndIraq() {
        return MapGazetteer.of(
                entry("SYR", "Syria", null, 0),
                entry("SY01", "Damascus", "SYR", 1),
                entry("SY09", "Deir-ez-Zor", "SYR", 1),
                entry("SY0901", "Deir-ez-Zor district", "SY09", 2),
                entry("SY0902", "Abu Kamal", "SY09", 2),
                entry("SY0903", "Al Mayadin", "SY09", 2),
                entry("SY090200", "Abu Kamal subdistrict", "SY0902", 3),
                entry("SY090201", "Hajin", "SY0902", 3),
                entry("IRQ", "Iraq", null, 0),
                entry("IQG01", "Al-Anbar", "IRQ", 1),
                entry("IQG01Q02", "Al-Kaim", "IQG01", 2));
    }
}
