package org.vigil.registry;

import java.util.Map;
import java.util.Optional;
import org.vigil.shared.Scope;

/**
 * A section another module adds to a mission's page (the registry cannot depend on those modules: they depend on
 * it). The page renders the fragment {@code section} of the contributor's template with the contributor's model
 * in {@code section}; contributors read with the caller's scope, as every read of the page does.
 */
public interface MissionPageSection {

    /** What a contributor shows: its template (holding a fragment named {@code section}) and that fragment's model. */
    record Section(String template, Map<String, Object> model) {}

    /** Where the section stands among the others, smaller first. */
    int order();

    /** The section for the mission, read with the caller's scope; empty when there is nothing to show. */
    Optional<Section> section(Scope scope, MissionView mission);
}
