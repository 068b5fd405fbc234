package org.humstats.extract;

import java.util.List;

/** A source as the extractor needs it: its id and every name a report may use for it. */
public record KnownSource(String id, String name, String acronym, List<String> aliases) {
}
