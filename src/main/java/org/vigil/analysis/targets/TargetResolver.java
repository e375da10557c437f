package org.vigil.analysis.targets;

import java.util.List;

import org.vigil.analysis.Document;
import org.vigil.analysis.Mention;
import org.vigil.analysis.Target;
import org.vigil.analysis.threat.ThreatAssessment;
import org.vigil.shared.registryfile.RegistryFile;

/** Decides whom a threat is aimed at. INTERIM: replaced in this session's threat work. */
public final class TargetResolver {

    public TargetResolver(RegistryFile registry) {
    }

    /** Thread-safe. */
    public List<Target> resolve(Document doc, List<Mention> mentions, ThreatAssessment assessment) {
        return List.of();
    }
}
