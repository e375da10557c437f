/**
 * Language knowledge as data: one resource folder a language ({@code org/vigil/analysis/lang/<code>/}), each with a
 * {@code language.properties} (name, script, morphology) and tables in one documented format ({@link Table}). The
 * engine's classes read every word list, pattern, title and concept form from here; none of them holds a word of a
 * natural language. docs/languages.md says how to add a language.
 *
 * <p>It is also the analysis module's named interface {@code lang}: the intake's article extractor reads its
 * boilerplate phrases from the same folders.
 */
@org.springframework.modulith.NamedInterface("lang")
package org.vigil.analysis.lang;
