/**
 * Fetching feeds and pages from addresses that outsiders choose, without letting them point Vigil at itself or its
 * network (SSRF): scheme, address and redirect checks, size, time and content-type limits, conditional GET,
 * decompression with a bomb limit and strict charset decoding.
 */
package org.vigil.ingest.fetch;
