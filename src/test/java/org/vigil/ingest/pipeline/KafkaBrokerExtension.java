package org.vigil.ingest.pipeline;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a running {@link KafkaBroker} (as a parameter). One broker serves the whole test run: it is started
 * by the first test class that asks and stopped when the run ends (the root context's store closes it).
 */
class KafkaBrokerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(KafkaBrokerExtension.class))
                .computeIfAbsent(
                        "broker",
                        key -> {
                            try {
                                return KafkaBroker.start();
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException(e);
                            }
                        },
                        KafkaBroker.class);
    }
}
