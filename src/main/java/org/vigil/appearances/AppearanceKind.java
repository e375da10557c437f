package org.vigil.appearances;

/** What kind of appearance it is. */
public enum AppearanceKind {
    EXHIBITION("Exhibition"),
    RECEPTION("Reception"),
    SPEECH("Speech"),
    VISIT("Visit"),
    TRAVEL("Travel");

    private final String label;

    AppearanceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
