/**
 * The built-in metrics (what is counted) with their units and HXL hashtags. May use: common.
 */
package org.humstats.metric;
