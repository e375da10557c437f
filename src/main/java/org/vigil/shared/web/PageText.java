package org.vigil.shared.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence for a page that a controller says before the page is drawn (a flash message after a redirect): its
 * message key and arguments, resolved in the language of the page that shows it ({@code ${@labels.text(flash)}}).
 * Arguments are names and numbers; the bundles word the sentence.
 */
public final class PageText {

    private PageText() {}

    public static MessageSourceResolvable of(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }

    /** A text that is not a message (a name, a title an engine wrote): shown as it is, in every language. */
    public static MessageSourceResolvable asIs(String text) {
        return new DefaultMessageSourceResolvable(null, null, text == null ? "" : text);
    }
}
