package org.vigil.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.vigil.shared.ConflictException;
import org.vigil.shared.registryfile.MissionKind;

/** A mission aggregate: the post, its place and its aliases. */
@Table("mission")
class Mission {

    @Id
    String id;

    MissionKind kind;
    String name;
    String sendingCountry;
    String hostCountry;
    String city;
    Double lat;
    Double lon;
    MissionStatus status;

    @MappedCollection(idColumn = "mission_id", keyColumn = "position")
    List<Alias> aliases = new ArrayList<>();

    Instant createdAt;
    Instant updatedAt;

    @Version
    Integer version;

    /** One alias of a mission, in order. */
    @Table("mission_alias")
    record Alias(String alias) {}

    static Mission create(MissionCommand c, Instant now) {
        Mission m = new Mission();
        m.id = c.id();
        m.createdAt = now;
        m.apply(c, now);
        return m;
    }

    /** Applies the command's fields; the id never changes. */
    void apply(MissionCommand c, Instant now) {
        kind = c.kind();
        name = c.name().strip();
        sendingCountry = c.sendingCountry();
        hostCountry = c.hostCountry();
        city = c.city() == null || c.city().isBlank() ? null : c.city().strip();
        lat = c.lat();
        lon = c.lon();
        status = c.status() == null ? (status == null ? MissionStatus.ACTIVE : status) : c.status();
        aliases = new ArrayList<>(c.aliases().stream()
                .map(String::strip)
                .distinct()
                .map(Alias::new)
                .toList());
        updatedAt = now;
    }

    void retire(Instant now) {
        if (status == MissionStatus.RETIRED) {
            throw new ConflictException("mission \"" + id + "\" is already retired");
        }
        status = MissionStatus.RETIRED;
        updatedAt = now;
    }

    MissionView view() {
        return new MissionView(
                id,
                kind,
                name,
                sendingCountry,
                hostCountry,
                city,
                lat,
                lon,
                aliases.stream().map(Alias::alias).toList(),
                status,
                createdAt,
                updatedAt,
                version);
    }
}
