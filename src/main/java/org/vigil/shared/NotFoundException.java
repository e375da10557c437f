package org.vigil.shared;

/**
 * A record that does not exist, or that the caller may not see: both answer 404, so that need-to-know does not
 * leak whether another mission's record exists.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super("no " + what + " \"" + id + "\"");
    }
}
