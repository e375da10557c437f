package org.vigil.analysis.lang;

/**
 * A language resource that cannot be used: names the file, the line (0 when the problem is the file as a whole) and
 * what is wrong, so that a malformed folder fails at start-up, never silently.
 */
public final class LanguageDataException extends RuntimeException {

    private final String file;
    private final int line;

    public LanguageDataException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public LanguageDataException(String file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    /** The file, as {@code <language>/<name>.tsv}. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
