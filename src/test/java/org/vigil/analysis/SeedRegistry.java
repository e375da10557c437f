package org.vigil.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.vigil.shared.registryfile.InvalidRegistryException;
import org.vigil.shared.registryfile.RegistryFile;
import org.vigil.shared.registryfile.RegistryFiles;

/** The seed scenario's registry and texts, copied from shared/ into the test resources. */
public final class SeedRegistry {

    private static RegistryFile registry;
    private static AnalysisEngine engine;

    private SeedRegistry() {}

    public static synchronized RegistryFile registry() {
        if (registry == null) {
            try (InputStream in = SeedRegistry.class.getResourceAsStream("/seed/seed-registry.json")) {
                registry = RegistryFiles.parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidRegistryException e) {
                throw new IllegalStateException(e);
            }
        }
        return registry;
    }

    /** One engine for the whole test run: it is thread-safe and costs a second to build. */
    public static synchronized AnalysisEngine engine() {
        if (engine == null) {
            engine = AnalysisEngine.create(registry());
        }
        return engine;
    }

    public static String text(String name) {
        try (InputStream in = SeedRegistry.class.getResourceAsStream("/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
