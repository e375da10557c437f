package org.vigil.analysis;

/** News and reports, or social-media posts and comments. */
public enum DocumentKind {
    ARTICLE,
    POST
}
