/**
 * API keys (stored hashed), roles, and the filter that lets reads through and asks writes for a key.
 * May use: common.
 */
package org.humstats.security;
