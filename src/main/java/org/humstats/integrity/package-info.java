/**
 * The check that what is already stored can be read: after start-up, in the background, every stored row is read once
 * and any text, count or date that the entrances would now refuse ({@code common.StoredValues}) is logged and reported
 * at {@code /q/health/well}. May use: common.
 */
package org.humstats.integrity;
