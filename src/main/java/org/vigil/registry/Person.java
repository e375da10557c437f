package org.vigil.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.vigil.shared.ConflictException;
import org.vigil.shared.registryfile.PersonRole;

/** A protected person: names in any script, role, mission and social-media accounts. */
@Table("person")
class Person {

    @Id
    String id;

    String name;
    PersonRole role;
    String missionId;
    PersonStatus status;

    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    List<Alias> aliases = new ArrayList<>();

    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    List<Account> accounts = new ArrayList<>();

    Instant createdAt;
    Instant updatedAt;

    @Version
    Integer version;

    @Table("person_alias")
    record Alias(String alias) {}

    @Table("person_account")
    record Account(String account) {}

    static Person create(PersonCommand c, Instant now) {
        Person p = new Person();
        p.id = c.id();
        p.createdAt = now;
        p.apply(c, now);
        return p;
    }

    void apply(PersonCommand c, Instant now) {
        name = c.name().strip();
        role = c.role();
        missionId = c.missionId() == null || c.missionId().isBlank()
                ? null
                : c.missionId().strip();
        status = c.status() == null ? (status == null ? PersonStatus.ACTIVE : status) : c.status();
        aliases = new ArrayList<>(c.aliases().stream()
                .map(String::strip)
                .distinct()
                .map(Alias::new)
                .toList());
        accounts = new ArrayList<>(c.accounts().stream()
                .map(String::strip)
                .distinct()
                .map(Account::new)
                .toList());
        updatedAt = now;
    }

    void retire(Instant now) {
        if (status == PersonStatus.RETIRED) {
            throw new ConflictException("person \"" + id + "\" is already retired");
        }
        status = PersonStatus.RETIRED;
        updatedAt = now;
    }

    PersonView view() {
        return new PersonView(
                id,
                name,
                role,
                missionId,
                aliases.stream().map(Alias::alias).toList(),
                accounts.stream().map(Account::account).toList(),
                status,
                createdAt,
                updatedAt,
                version);
    }
}
