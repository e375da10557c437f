package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigil.VigilApplication;
import org.vigil.analysis.AnalyzeCommand;
import org.vigil.analysis.BenchCommand;
import org.vigil.analysis.ConceptsCommand;
import org.vigil.analysis.EvalCommand;
import org.vigil.analysis.TrainCommand;
import org.vigil.conflict.EventsCommand;
import org.vigil.ingest.AnalyserCommand;
import org.vigil.ingest.IngestCommand;
import org.vigil.registry.ImportReport;
import org.vigil.registry.RegistryTransfer;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.InvalidRegistryException;
import org.vigil.shared.registryfile.RegistryFiles;

/**
 * Entry point of the packaged application. Exit codes: 0 done, 1 the command ran and found a problem (an invalid
 * file, a broken audit chain), 2 bad usage; the analysis commands follow the contract's own codes.
 */
public final class VigilCli {

    static final String USAGE = """
            usage: bin/vigil <command> [options]

            commands:
              serve                                start Vigil at http://localhost:8080 (demo data on first start)
              registry import FILE                 import a registry file (contract format); all or nothing
              registry export [--output FILE]      write the registry file (standard output by default)
              audit verify                         check the audit trail's hash chain; names the first broken link
              ingest FILE... [--source ID]         store documents (.jsonl or .csv) for analysis; re-running skips stored ones
              analyser                             analyse items from Kafka (VIGIL_TRANSPORT=kafka) until stopped
              events import FILE... [--format ucdp-json|ucdp-csv|acled|gdelt]
                                                   store conflict events (UCDP GED, ACLED, GDELT); re-running skips stored ones
              analyze --registry R [--input I] [--output O]
                                                   analyse documents (JSON lines) as the analysis contract says
              train [--data DIR] [--seed N] [--out FILE]
                                                   train the threat model from the public data sets
              concepts [--dictionaries DIR] CODE...
                                                   write languages' concept forms from bilingual dictionaries
              eval [--data DIR]                    precision, recall and F1 per language (threats, names)
              bench                                the engine's speed and memory benchmark
              bench ingest [--seconds 30] [--threads 4] [--rate 200]
                                                   push API throughput and acceptance-to-signal latency

            environment:
              VIGIL_DATA_DIR         where the embedded database lives (default ./data)
              VIGIL_PORT             HTTP port (default 8080)
              VIGIL_ADMIN_PASSWORD   password of the admin account
              VIGIL_TRANSPORT        embedded (default: the database is the queue) or kafka
              VIGIL_KAFKA_BOOTSTRAP_SERVERS, VIGIL_KAFKA_TOPIC, VIGIL_KAFKA_GROUP   the Kafka transport's broker, topic, group
              SPRING_PROFILES_ACTIVE=postgres with VIGIL_DB_URL, VIGIL_DB_USER, VIGIL_DB_PASSWORD for PostgreSQL
            """;

    private VigilCli() {}

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        if (code != 0 || (args.length > 0 && !"serve".equals(args[0]))) {
            System.exit(code);
        }
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "serve" -> serve(rest);
                // the engine's commands run as plain Java: no Spring context, so they start in well under a second
                case "analyze" -> AnalyzeCommand.run(rest, in, out, err);
                case "train" -> TrainCommand.run(rest, in, out, err);
                case "eval" -> EvalCommand.run(rest, in, out, err);
                case "concepts" -> ConceptsCommand.run(rest, in, out, err);
                case "bench" ->
                    rest.length > 0 && rest[0].equals("ingest")
                            ? IngestBenchCommand.run(Arrays.copyOfRange(rest, 1, rest.length), out, err)
                            : BenchCommand.run(rest, in, out, err);
                case "registry" -> registry(rest, out, err);
                case "audit" -> audit(rest, out, err);
                case "ingest" -> IngestCommand.run(rest, VigilCli::backgroundContext, out, err);
                case "analyser" -> AnalyserCommand.run(rest, VigilCli::backgroundContext, out, err);
                case "events" -> EventsCommand.run(rest, VigilCli::backgroundContext, out, err);
                default -> {
                    err.println("vigil: unknown command \"" + args[0] + "\"\n");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("vigil: " + e.getMessage() + " (bin/vigil --help lists the commands)");
            return 2;
        } catch (RuntimeException e) {
            // a context that cannot start (database unreachable, schema from a newer version, ...): say why briefly
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println("vigil: " + args[0] + " failed: " + root.getMessage());
            return 1;
        }
    }

    private static int serve(String[] args) {
        new SpringApplicationBuilder(VigilApplication.class).run(args);
        return 0;
    }

    private static int registry(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            throw new UsageException("registry needs a subcommand: import FILE or export [--output FILE]");
        }
        switch (args[0]) {
            case "import" -> {
                if (args.length != 2) {
                    throw new UsageException("usage: bin/vigil registry import FILE");
                }
                Path file = Path.of(args[1]);
                try (ConfigurableApplicationContext ctx = backgroundContext();
                        InputStream in = Files.newInputStream(file)) {
                    ImportReport report = ctx.getBean(RegistryTransfer.class).importFile(in);
                    out.println("imported " + file + ": " + report);
                    return 0;
                } catch (InvalidRegistryException e) {
                    err.println("vigil: " + file + " was not imported; nothing was written.");
                    err.println(e.getMessage());
                    return 1;
                } catch (NoSuchFileException e) {
                    err.println("vigil: no such file: " + file);
                    return 2;
                } catch (IOException e) {
                    err.println("vigil: cannot read " + file + ": " + e.getMessage());
                    return 2;
                }
            }
            case "export" -> {
                Path target = null;
                if (args.length == 3 && args[1].equals("--output")) {
                    target = Path.of(args[2]);
                } else if (args.length != 1) {
                    throw new UsageException("usage: bin/vigil registry export [--output FILE]");
                }
                try (ConfigurableApplicationContext ctx = backgroundContext();
                        OutputStream o = target == null ? nonClosing(out) : Files.newOutputStream(target)) {
                    RegistryFiles.write(ctx.getBean(RegistryTransfer.class).export(Scope.all()), o);
                    if (target == null) {
                        out.println();
                    } else {
                        err.println("wrote " + target);
                    }
                    return 0;
                } catch (IOException e) {
                    err.println("vigil: cannot write " + target + ": " + e.getMessage());
                    return 1;
                }
            }
            default -> throw new UsageException("unknown registry subcommand \"" + args[0] + "\"");
        }
    }

    private static int audit(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || !args[0].equals("verify")) {
            throw new UsageException("usage: bin/vigil audit verify");
        }
        try (ConfigurableApplicationContext ctx = backgroundContext()) {
            return AuditCommand.verify(ctx, out, err);
        }
    }

    /** The application without its web layer, scheduled jobs or demo data: for one command, then closed. */
    static ConfigurableApplicationContext backgroundContext() {
        return new SpringApplicationBuilder(VigilApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // command-line arguments: they take precedence over application.yml and the environment
                .run(
                        "--vigil.demo.enabled=false",
                        "--vigil.bootstrap.enabled=false",
                        "--logging.level.root=WARN",
                        "--logging.level.org.flywaydb=ERROR",
                        "--logging.level.org.springframework.boot.SpringApplication=OFF",
                        "--logging.level.org.springframework.context=OFF",
                        "--logging.level.org.springframework.boot.diagnostics=OFF");
    }

    private static OutputStream nonClosing(PrintStream stream) {
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) {
                stream.write(b, off, len);
            }

            @Override
            public void close() {
                stream.flush(); // standard output stays open for the caller
            }
        };
    }

    /** Wrong words on the command line. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
