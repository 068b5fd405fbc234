package org.humstats.aggregate;

import java.util.List;

/**
 * The location tree as the counting rules need it. Unknown codes answer null / an empty list.
 * {@link #children} and {@link #parent} must describe the same tree.
 */
interface Gazetteer {

    /** Display name, or null when the code is unknown. */
    String name(String code);

    /** Direct children in the gazetteer (the denominator of coverage); empty for leaves and unknown codes. */
    List<String> children(String code);

    /** Admin level 0-3, or null for settlements, areas and unknown codes. */
    Integer adminLevel(String code);

    /** Parent code, or null for a top-level location or an unknown code. */
    String parent(String code);
}
