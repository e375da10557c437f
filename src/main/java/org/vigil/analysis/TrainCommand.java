package org.vigil.analysis;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.analysis.threat.ThreatTrainer;

/**
 * {@code bin/vigil train --data DIR [--seed N] [--out FILE]}: trains the threat model from the public data sets and
 * writes the file that is committed under src/main/resources and loaded at run time. Progress goes to standard
 * error. The same data and seed give the same file.
 */
public final class TrainCommand {

    static final String DEFAULT_DATA = "../shared/data";
    static final String DEFAULT_OUT = "src/main/resources/org/vigil/analysis/threat/threat-model.bin.gz";
    static final long DEFAULT_SEED = 20260223L;

    private static final String USAGE = "usage: vigil train [--data DIR] [--seed N] [--out FILE]\n"
            + "  --data  folder holding threatgram101/, hatecheck_en/, olid_en/, ... (default $VIGIL_DATA or "
            + DEFAULT_DATA + ")\n"
            + "  --seed  seed for the splits and the training order (default " + DEFAULT_SEED + ")\n"
            + "  --out   model file to write (default " + DEFAULT_OUT + ")";

    private TrainCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        Path data = Path.of(System.getenv("VIGIL_DATA") != null ? System.getenv("VIGIL_DATA") : DEFAULT_DATA);
        Path out = Path.of(DEFAULT_OUT);
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                stdout.println(USAGE);
                return 0;
            }
            if (i + 1 >= args.length || !(arg.equals("--data") || arg.equals("--seed") || arg.equals("--out"))) {
                stderr.println("vigil train: unknown or incomplete option '" + arg + "'\n" + USAGE);
                return 2;
            }
            String value = args[++i];
            switch (arg) {
                case "--data" -> data = Path.of(value);
                case "--out" -> out = Path.of(value);
                default -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        stderr.println("vigil train: --seed needs a whole number, got '" + value + "'");
                        return 2;
                    }
                }
            }
        }
        if (!Files.isDirectory(data)) {
            stderr.println("vigil train: data folder " + data.toAbsolutePath()
                    + " does not exist; pass --data with the folder that holds threatgram101/ and the others");
            return 2;
        }
        try {
            ThreatTrainer.train(data, seed, out, stderr);
            stdout.println(out);
            return 0;
        } catch (IllegalArgumentException e) {
            stderr.println("vigil train: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            stderr.println("vigil train: failed: " + e);
            return 1;
        }
    }
}
