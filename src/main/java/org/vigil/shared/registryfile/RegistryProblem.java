package org.vigil.shared.registryfile;

/**
 * One thing wrong with a registry file.
 *
 * @param entry where: {@code missions[3]}, {@code people[0] (yerkhov)}, or {@code file}
 * @param field the field at fault, or empty for the entry as a whole
 * @param reason what is wrong and what would be right
 */
public record RegistryProblem(String entry, String field, String reason) {
    @Override
    public String toString() {
        return entry + (field.isEmpty() ? "" : "." + field) + ": " + reason;
    }
}
