package org.vigil.ingest.bulk;

/**
 * Defaults: a text of at most 1 MiB (UTF-8 bytes, the contract's limit), a line (or CSV record) of at most 8 MiB
 * (room for a 1 MiB text written with JSON escapes), other fields at most 4,096 characters.
 */
public record BulkLimits(int maxTextBytes, int maxLineBytes, int maxFieldChars) {

    public static final BulkLimits DEFAULTS = new BulkLimits(1 << 20, 8 << 20, 4096);

    public BulkLimits {
        if (maxTextBytes < 1 || maxLineBytes < 1 || maxFieldChars < 1) {
            throw new IllegalArgumentException("bulk limits must be positive");
        }
    }
}
