package org.vigil.registry.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page's record that does not exist or lies outside the caller's scope: the 404 error page, not the API's
 * problem details (an exception that carries its own response body, such as ResponseStatusException, would be
 * rendered as JSON by the problem-details handler even for a page).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFound extends RuntimeException {

    PageNotFound(String what, String id) {
        super("no " + what + " \"" + id + "\"");
    }
}
