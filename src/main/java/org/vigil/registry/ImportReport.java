package org.vigil.registry;

/** What an import did: how many missions and people it created, changed, and found already as they are. */
public record ImportReport(
        int missionsCreated,
        int missionsUpdated,
        int missionsUnchanged,
        int peopleCreated,
        int peopleUpdated,
        int peopleUnchanged) {

    public boolean changedNothing() {
        return missionsCreated + missionsUpdated + peopleCreated + peopleUpdated == 0;
    }

    @Override
    public String toString() {
        return "missions: %d created, %d updated, %d unchanged; people: %d created, %d updated, %d unchanged"
                .formatted(
                        missionsCreated,
                        missionsUpdated,
                        missionsUnchanged,
                        peopleCreated,
                        peopleUpdated,
                        peopleUnchanged);
    }
}
