package org.vigil.shared;

import java.util.List;

/**
 * What a request to the host state needs of the persons of interest, without the measures module depending on the
 * interest module (which depends, through the appearances, on the measures): the active persons of interest that
 * target a mission, and the accounts a note verbale names for one of them. Implemented by the interest module.
 */
public interface PersonsOfInterestForNotes {

    /** A person of interest as a form offers it. */
    record Offered(long id, String displayName) {}

    /** The active persons of interest that target the mission, within the scope. */
    List<Offered> targeting(Scope scope, String missionId);

    /**
     * The accounts a note names for one person of interest ("@name on x").
     *
     * @throws InvalidInputException on {@code personOfInterestId} when the record is outside the scope or does not
     *     target the mission
     */
    List<String> accountsForNote(Scope scope, long id, String missionId);
}
