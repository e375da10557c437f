package org.vigil.analysis;

/** A piece of the document's text: Java String indices (UTF-16 units, end exclusive) and the exact substring. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code source} from start to end. */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }
}
