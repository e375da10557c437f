/**
 * Article pages reduced to what analysis needs: title, publication date and body text, without navigation,
 * photo captions and credits, related-article teasers or "Also on topic" blocks, whose names and words would
 * otherwise be read as part of the story.
 */
package org.vigil.ingest.articles;
