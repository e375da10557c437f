package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no cycles, only declared dependencies, no reaching into another module's internals),
 * and the module diagrams are generated from the code as it is: into target/ on every build, and into docs/modules
 * with {@code ./mvnw test -Dtest=ModularityTest -Dvigil.writeDocs=true} (the generator orders elements differently
 * from run to run, so the committed copy is refreshed on purpose, not by every build).
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(VigilApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoTheDocs() throws Exception {
        Path out = Path.of(Boolean.getBoolean("vigil.writeDocs") ? "docs/modules" : "target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(out.resolve("components.puml")).exists();
        assertThat(Files.readString(out.resolve("components.puml")))
                .contains("\"Registry\"", "\"Audit\"", "\"Analysis\"");
    }
}
