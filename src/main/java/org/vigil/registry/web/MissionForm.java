package org.vigil.registry.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.BindingResult;
import org.vigil.registry.MissionCommand;
import org.vigil.registry.MissionStatus;
import org.vigil.registry.MissionView;
import org.vigil.shared.registryfile.MissionKind;
import org.vigil.shared.web.FormValues;

/**
 * What the mission form sends, as typed: text, so that "abc" in a coordinate comes back as a message on that
 * field rather than a binding failure. The registry's own validation (shared with the API and imports) decides
 * the rest. A JavaBean, because the form's fields are bound and re-displayed by property name.
 */
public class MissionForm {

    private String id;
    private String kind;
    private String name;
    private String sendingCountry;
    private String hostCountry;
    private String city;
    private String lat;
    private String lon;
    /** One alias a line. */
    private String aliases;

    private String status;

    static MissionForm empty() {
        MissionForm f = new MissionForm();
        f.kind = MissionKind.EMBASSY.name();
        f.sendingCountry = "RU"; // the demo network's sending state; administrators change it as needed
        f.status = MissionStatus.ACTIVE.name();
        return f;
    }

    static MissionForm of(MissionView m) {
        MissionForm f = new MissionForm();
        f.id = m.id();
        f.kind = m.kind().name();
        f.name = m.name();
        f.sendingCountry = m.sendingCountry();
        f.hostCountry = m.hostCountry();
        f.city = m.city();
        f.lat = m.lat() == null ? "" : m.lat().toString();
        f.lon = m.lon() == null ? "" : m.lon().toString();
        f.aliases = String.join("\n", m.aliases());
        f.status = m.status().name();
        return f;
    }

    MissionForm withId(String newId) {
        MissionForm f = new MissionForm();
        f.id = newId;
        f.kind = kind;
        f.name = name;
        f.sendingCountry = sendingCountry;
        f.hostCountry = hostCountry;
        f.city = city;
        f.lat = lat;
        f.lon = lon;
        f.aliases = aliases;
        f.status = status;
        return f;
    }

    /** The command, with a field error for each value that is not even of the right type. */
    MissionCommand toCommand(BindingResult errors, boolean creating) {
        MissionKind k = Forms.enumField(MissionKind.class, kind, "kind", errors, true);
        MissionStatus s = Forms.enumField(MissionStatus.class, status, "status", errors, false);
        Double latitude = Forms.number(lat, "lat", errors);
        Double longitude = Forms.number(lon, "lon", errors);
        List<String> aliasList = aliases == null
                ? List.of()
                : Arrays.stream(aliases.split("\\R"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
        return new MissionCommand(
                FormValues.blankToNull(id),
                k,
                FormValues.blankToNull(name),
                upper(sendingCountry),
                upper(hostCountry),
                FormValues.blankToNull(city),
                latitude,
                longitude,
                aliasList,
                creating && s == null ? MissionStatus.ACTIVE : s);
    }

    private static String upper(String code) {
        String c = FormValues.blankToNull(code);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSendingCountry() {
        return sendingCountry;
    }

    public void setSendingCountry(String sendingCountry) {
        this.sendingCountry = sendingCountry;
    }

    public String getHostCountry() {
        return hostCountry;
    }

    public void setHostCountry(String hostCountry) {
        this.hostCountry = hostCountry;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
