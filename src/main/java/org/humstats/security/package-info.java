/**
 * API keys (stored hashed, optionally expiring), roles, the rate limits per key and per client address, and the
 * filter that checks a presented key, takes one request from the caller's limit, lets reads through and asks writes
 * for a key. May use: common.
 */
package org.humstats.security;
