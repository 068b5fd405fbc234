/**
 * The explorer: the pages a person opens in a browser ({@code /} and {@code /explore}). The page itself is static
 * (src/main/resources/META-INF/resources/explore) and reads only the public API; its charting library comes from a
 * webjar, so nothing is fetched from outside HumStats. This package only serves the pages at their addresses.
 */
package org.humstats.explore;
