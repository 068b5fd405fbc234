/**
 * Sources: the bodies that make estimates, with the priority that decides policy=preferred. May use: common.
 */
package org.humstats.source;
