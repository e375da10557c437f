package org.vigil.analysis;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.analysis.threat.ConceptFormsGenerator;

/**
 * {@code bin/vigil concepts [--dictionaries DIR] [--out DIR] CODE...}: writes each language's
 * {@code concept-forms.tsv} from the bilingual dictionaries (docs/languages.md, "Concept forms"). Progress and a
 * count per language go to standard error.
 */
public final class ConceptsCommand {

    static final String DEFAULT_DICTIONARIES = "/usr/share/dictd";
    static final String DEFAULT_OUT = "src/main/resources/org/vigil/analysis/lang";

    private static final String USAGE = "usage: vigil concepts [--dictionaries DIR] [--out DIR] CODE...\n"
            + "  CODE           a language folder (fr, de, ...); its concept-forms.tsv is written\n"
            + "  --dictionaries folder with the FreeDict dictd files freedict-eng-<iso3> and freedict-<iso3>-eng (default "
            + DEFAULT_DICTIONARIES
            + "; Debian: apt-get install dict-freedict-eng-<iso3> dict-freedict-<iso3>-eng, e.g. fra)\n"
            + "  --out          folder holding the language folders (default " + DEFAULT_OUT + ")";

    private ConceptsCommand() {}

    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        Path dictionaries = Path.of(DEFAULT_DICTIONARIES);
        Path out = Path.of(DEFAULT_OUT);
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    stdout.println(USAGE);
                    return 0;
                }
                case "--dictionaries", "--out" -> {
                    if (i + 1 >= args.length) {
                        stderr.println("vigil concepts: " + arg + " needs a folder\n" + USAGE);
                        return 2;
                    }
                    Path p = Path.of(args[++i]);
                    if (arg.equals("--out")) {
                        out = p;
                    } else {
                        dictionaries = p;
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        stderr.println("vigil concepts: unknown option '" + arg + "'\n" + USAGE);
                        return 2;
                    }
                    codes.add(arg);
                }
            }
        }
        if (codes.isEmpty()) {
            stderr.println("vigil concepts: name at least one language\n" + USAGE);
            return 2;
        }
        try {
            for (String code : codes) {
                var forms = ConceptFormsGenerator.generate(
                        org.vigil.analysis.lang.LanguageData.shared(), dictionaries, code, stderr);
                Path folder = out.resolve(code);
                if (!Files.isDirectory(folder)) {
                    stderr.println("vigil concepts: " + folder + " is not a folder; pass --out with the folder that"
                            + " holds the language folders");
                    return 2;
                }
                Path file = folder.resolve("concept-forms.tsv");
                ConceptFormsGenerator.write(forms, code, dictionaries, file);
                stdout.println(file);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            stderr.println("vigil concepts: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            stderr.println("vigil concepts: cannot read the dictionaries: " + e.getMessage());
            return 1;
        }
    }
}
