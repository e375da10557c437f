package org.vigil.appearances;

/** Who can learn of the appearance beforehand: the more, the more exposed the person is. */
public enum Publicity {
    /** Announced to the public (press, website, posters): anyone may know the place and the time. */
    PUBLIC("Publicly announced", 15),
    /** Known to the invited guests and the organisers. */
    INVITATION_ONLY("By invitation only", 5),
    /** Not announced; known to few. */
    PRIVATE("Private", 0);

    private final String label;
    private final int points;

    Publicity(String label, int points) {
        this.label = label;
        this.points = points;
    }

    public String label() {
        return label;
    }

    /** The points of the "publicity" factor (docs/appearances.md). */
    int points() {
        return points;
    }
}
