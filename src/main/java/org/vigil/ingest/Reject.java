package org.vigil.ingest;

import java.util.Objects;

/**
 * Why one piece of input was refused: a reason a person can act on, an excerpt of the raw input (shortened, control
 * characters made visible) and, for line-oriented files, the 1-based line where the item starts (0 when the input
 * has no lines, such as a feed entry or a fetched page).
 */
public record Reject(String reason, String excerpt, long line) {

    /** The longest excerpt kept: enough to recognise the item, never the whole of a huge input. */
    public static final int EXCERPT_LENGTH = 200;

    public Reject {
        Objects.requireNonNull(reason, "reason");
        excerpt = excerpt == null ? "" : excerpt(excerpt);
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (none) or positive, not " + line);
        }
    }

    public static Reject of(String reason, String raw) {
        return new Reject(reason, raw, 0);
    }

    public static Reject atLine(long line, String reason, String raw) {
        return new Reject(reason, raw, line);
    }

    /** A reject message with its line, as a person reads it in a summary: "line 17: text is missing". */
    public String describe() {
        return line > 0 ? "line " + line + ": " + reason : reason;
    }

    /** Shortens to {@link #EXCERPT_LENGTH} characters and shows control characters as \\uXXXX escapes. */
    public static String excerpt(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), EXCERPT_LENGTH) + 8);
        int i = 0;
        for (; i < raw.length() && out.length() < EXCERPT_LENGTH; i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\uFFFD') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (i < raw.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
