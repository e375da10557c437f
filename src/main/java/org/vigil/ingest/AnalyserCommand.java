package org.vigil.ingest;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigil.ingest.pipeline.KafkaAnalyser;

/**
 * {@code bin/vigil analyser}: an analyser instance without web layer or intake, for the Kafka transport. It joins
 * the analysers' consumer group and turns the topic's items into signals until it is stopped (SIGTERM or Ctrl-C
 * closes the context, which stops the consumer after its current item). Start as many as the topic has partitions;
 * they share the database with the servers.
 */
public final class AnalyserCommand {

    static final String USAGE =
            "usage: bin/vigil analyser   (with VIGIL_TRANSPORT=kafka and " + "VIGIL_KAFKA_BOOTSTRAP_SERVERS=host:port)";

    private AnalyserCommand() {}

    public static int run(
            String[] args, Supplier<ConfigurableApplicationContext> contexts, PrintStream out, PrintStream err) {
        if (args.length != 0) {
            err.println("vigil: analyser takes no arguments\n" + USAGE);
            return 2;
        }
        ConfigurableApplicationContext context = contexts.get();
        KafkaAnalyser analyser = context.getBean(KafkaAnalyser.class);
        if (!analyser.configured()) {
            err.println("vigil: the analyser reads from Kafka: set VIGIL_TRANSPORT=kafka and "
                    + "VIGIL_KAFKA_BOOTSTRAP_SERVERS (with the embedded transport the server analyses by itself)");
            context.close();
            return 2;
        }
        analyser.start();
        out.println("analyser running: " + analyser.describe() + "; stop with Ctrl-C");
        out.flush();
        try {
            analyser.awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.close();
        out.println("analyser stopped after " + analyser.analysed() + " items");
        return 0;
    }
}
