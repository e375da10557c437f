package org.vigil.registry;

/** Whether a person is still protected. */
public enum PersonStatus {
    /** Protected now. */
    ACTIVE,
    /** No longer protected (left the post); kept because other records point to them. */
    RETIRED
}
