/**
 * Conflict-event files (UCDP GED, ACLED exports, GDELT 2.0 events) read as streams into one
 * {@link org.vigil.conflict.formats.ConflictEvent} shape with ISO countries, each bad line a reject with its number.
 */
package org.vigil.conflict.formats;
