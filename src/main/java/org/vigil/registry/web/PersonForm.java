package org.vigil.registry.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.vigil.registry.PersonCommand;
import org.vigil.registry.PersonStatus;
import org.vigil.registry.PersonView;
import org.vigil.shared.registryfile.PersonRole;
import org.vigil.shared.web.FormValues;

/** What the person form sends, as typed; aliases and accounts one a line. A JavaBean for the form binding. */
public class PersonForm {

    private String id;
    private String name;
    private String role;
    private String missionId;
    private String aliases;
    private String accounts;
    private String status;

    static PersonForm empty(String missionId) {
        PersonForm f = new PersonForm();
        f.role = PersonRole.DIPLOMAT.name();
        f.missionId = missionId;
        f.status = PersonStatus.ACTIVE.name();
        return f;
    }

    static PersonForm of(PersonView p) {
        PersonForm f = new PersonForm();
        f.id = p.id();
        f.name = p.name();
        f.role = p.role().name();
        f.missionId = p.missionId();
        f.aliases = String.join("\n", p.aliases());
        f.accounts = String.join("\n", p.accounts());
        f.status = p.status().name();
        return f;
    }

    PersonForm withId(String newId) {
        PersonForm f = new PersonForm();
        f.id = newId;
        f.name = name;
        f.role = role;
        f.missionId = missionId;
        f.aliases = aliases;
        f.accounts = accounts;
        f.status = status;
        return f;
    }

    PersonCommand toCommand(BindingResult errors, boolean creating) {
        PersonRole r = Forms.enumField(PersonRole.class, role, "role", errors, true);
        PersonStatus s = Forms.enumField(PersonStatus.class, status, "status", errors, false);
        return new PersonCommand(
                FormValues.blankToNull(id),
                FormValues.blankToNull(name),
                r,
                FormValues.blankToNull(missionId),
                lines(aliases),
                lines(accounts),
                creating && s == null ? PersonStatus.ACTIVE : s);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getMissionId() {
        return missionId;
    }

    public void setMissionId(String missionId) {
        this.missionId = missionId;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getAccounts() {
        return accounts;
    }

    public void setAccounts(String accounts) {
        this.accounts = accounts;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
