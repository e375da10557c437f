package org.vigil.registry;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.GeoPoint;
import org.vigil.shared.registryfile.InvalidRegistryException;
import org.vigil.shared.registryfile.MissionEntry;
import org.vigil.shared.registryfile.PersonEntry;
import org.vigil.shared.registryfile.RegistryFile;
import org.vigil.shared.registryfile.RegistryFiles;
import org.vigil.shared.registryfile.RegistryProblem;

/**
 * Import and export in the analysis contract's registry format. An import is all or nothing: the whole file is
 * checked first and refused with every problem listed; a valid file is applied in one transaction, idempotent by
 * id, so importing the same file again changes nothing.
 */
@Service
public class RegistryTransfer {

    private final Missions missions;
    private final People people;
    private final AuditTrail audit;

    RegistryTransfer(Missions missions, People people, AuditTrail audit) {
        this.missions = missions;
        this.people = people;
        this.audit = audit;
    }

    /** Parses, checks and imports a registry file. */
    @Transactional
    public ImportReport importFile(InputStream in) throws InvalidRegistryException {
        return importFile(RegistryFiles.parse(in, missions::exists));
    }

    /** Imports a parsed registry file. */
    @Transactional(rollbackFor = InvalidRegistryException.class)
    public ImportReport importFile(RegistryFile file) throws InvalidRegistryException {
        int mc = 0, mu = 0, mn = 0, pc = 0, pu = 0, pn = 0;
        List<RegistryProblem> problems = new ArrayList<>();
        for (int i = 0; i < file.missions().size(); i++) {
            MissionEntry e = file.missions().get(i);
            MissionCommand c = new MissionCommand(
                    e.id(),
                    e.kind(),
                    e.name(),
                    e.sendingCountry(),
                    e.hostCountry(),
                    e.city(),
                    e.location() == null ? null : e.location().lat(),
                    e.location() == null ? null : e.location().lon(),
                    e.aliases(),
                    null);
            var existing = missions.find(Scope.all(), e.id());
            try {
                if (existing.isEmpty()) {
                    missions.create(c);
                    mc++;
                } else if (same(existing.get(), c)) {
                    mn++;
                } else {
                    // an imported mission is in service: a retired one comes back
                    missions.update(
                            e.id(),
                            new MissionCommand(
                                    c.id(),
                                    c.kind(),
                                    c.name(),
                                    c.sendingCountry(),
                                    c.hostCountry(),
                                    c.city(),
                                    c.lat(),
                                    c.lon(),
                                    c.aliases(),
                                    MissionStatus.ACTIVE));
                    mu++;
                }
            } catch (InvalidInputException ex) {
                ex.problems()
                        .forEach(p ->
                                problems.add(new RegistryProblem("missions[" + e.id() + "]", p.field(), p.reason())));
            }
        }
        for (PersonEntry e : file.people()) {
            PersonCommand c =
                    new PersonCommand(e.id(), e.name(), e.role(), e.missionId(), e.aliases(), e.accounts(), null);
            var existing = people.findUnaudited(e.id()).orElse(null);
            try {
                if (existing == null) {
                    people.create(c);
                    pc++;
                } else if (same(existing, c)) {
                    pn++;
                } else {
                    people.update(
                            e.id(),
                            new PersonCommand(
                                    c.id(),
                                    c.name(),
                                    c.role(),
                                    c.missionId(),
                                    c.aliases(),
                                    c.accounts(),
                                    PersonStatus.ACTIVE));
                    pu++;
                }
            } catch (InvalidInputException ex) {
                ex.problems()
                        .forEach(p ->
                                problems.add(new RegistryProblem("people[" + e.id() + "]", p.field(), p.reason())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistryException(problems);
        }
        ImportReport report = new ImportReport(mc, mu, mn, pc, pu, pn);
        if (!report.changedNothing()) {
            audit.record("IMPORT", "REGISTRY", null, null, report);
        }
        return report;
    }

    /**
     * The registry as the scope sees it, in the contract's format: active missions and people, plus any retired
     * mission that an exported person still points to, so that the file imports again as it is.
     */
    @Transactional // not read-only: the export itself is audited
    public RegistryFile export(Scope scope) {
        List<PersonView> persons = people.all(scope).stream()
                .filter(p -> p.status() == PersonStatus.ACTIVE)
                .toList();
        Set<String> needed = new LinkedHashSet<>();
        persons.forEach(p -> {
            if (p.missionId() != null) {
                needed.add(p.missionId());
            }
        });
        List<MissionEntry> missionEntries = missions.allIncludingRetired(scope).stream()
                .filter(m -> m.status() != MissionStatus.RETIRED || needed.contains(m.id()))
                .map(m -> new MissionEntry(
                        m.id(),
                        m.kind(),
                        m.name(),
                        m.sendingCountry(),
                        m.hostCountry(),
                        m.city(),
                        m.lat() == null ? null : new GeoPoint(m.lat(), m.lon()),
                        m.aliases()))
                .toList();
        List<PersonEntry> personEntries = persons.stream()
                .map(p -> new PersonEntry(p.id(), p.name(), p.role(), p.missionId(), p.aliases(), p.accounts()))
                .toList();
        audit.record(
                "EXPORT",
                "REGISTRY",
                null,
                null,
                java.util.Map.of("missions", missionEntries.size(), "people", personEntries.size()));
        return new RegistryFile(missionEntries, personEntries);
    }

    private static boolean same(MissionView m, MissionCommand c) {
        return m.kind() == c.kind()
                && m.name().equals(c.name().strip())
                && m.sendingCountry().equals(c.sendingCountry())
                && m.hostCountry().equals(c.hostCountry())
                && Objects.equals(m.city(), blankToNull(c.city()))
                && Objects.equals(m.lat(), c.lat())
                && Objects.equals(m.lon(), c.lon())
                && m.aliases()
                        .equals(c.aliases().stream()
                                .map(String::strip)
                                .distinct()
                                .toList())
                && m.status() != MissionStatus.RETIRED;
    }

    private static boolean same(PersonView p, PersonCommand c) {
        return p.name().equals(c.name().strip())
                && p.role() == c.role()
                && Objects.equals(p.missionId(), blankToNull(c.missionId()))
                && p.aliases()
                        .equals(c.aliases().stream()
                                .map(String::strip)
                                .distinct()
                                .toList())
                && p.accounts()
                        .equals(c.accounts().stream()
                                .map(String::strip)
                                .distinct()
                                .toList())
                && p.status() != PersonStatus.RETIRED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
