package org.vigil.alerts;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.Scope;

/**
 * Alerts as a CAP 1.2 (OASIS Common Alerting Protocol) feed: an Atom feed whose entries each carry one
 * {@code <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">}. The mapping is in docs/alerts.md: the level gives
 * severity and urgency, the kind gives the event and certainty, the mission gives the area (its name and a circle
 * around its position). Messages are {@code Restricted}: they are for the feed's authenticated reader only.
 */
@Component
class CapFeed {

    static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** CAP's dateTime: seconds, an explicit offset ("-00:00" is not used, UTC is "+00:00"). */
    private static final DateTimeFormatter CAP_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Missions missions;
    private final AlertsProperties properties;

    CapFeed(Missions missions, AlertsProperties properties) {
        this.missions = missions;
        this.properties = properties;
    }

    String atom(Scope scope, String scopeName, List<AlertQueries.AlertView> alerts, Instant now) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "id", "urn:vigil:alerts:" + scopeName);
            text(x, "title", "Vigil alerts (" + scopeName + ")");
            text(
                    x,
                    "updated",
                    CAP_TIME.format(alerts.isEmpty() ? now : alerts.getFirst().lastAt()));
            x.writeStartElement("author");
            text(x, "name", properties.capSender());
            x.writeEndElement();
            for (AlertQueries.AlertView a : alerts) {
                x.writeStartElement("entry");
                text(x, "id", identifier(a));
                text(x, "title", a.title());
                text(x, "updated", CAP_TIME.format(a.lastAt()));
                x.writeEmptyElement("link");
                x.writeAttribute("href", properties.baseUrl() + "/alerts/" + a.id());
                x.writeStartElement("content");
                x.writeAttribute("type", "application/cap+xml");
                alert(x, a);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
    }

    private String identifier(AlertQueries.AlertView a) {
        return "urn:vigil:alert:" + a.id() + ":" + a.count() + ":"
                + a.status().name().toLowerCase(Locale.ROOT);
    }

    private void alert(XMLStreamWriter x, AlertQueries.AlertView a) throws XMLStreamException {
        x.writeStartElement("alert");
        x.writeDefaultNamespace(CAP);
        text(x, "identifier", identifier(a));
        text(x, "sender", properties.capSender());
        text(x, "sent", CAP_TIME.format(a.lastAt().truncatedTo(ChronoUnit.SECONDS)));
        text(x, "status", "Actual");
        // a repeat, an acknowledgement or an escalation updates the first message; a resolution cancels it
        text(
                x,
                "msgType",
                a.status() == AlertStatus.RESOLVED
                        ? "Cancel"
                        : a.count() > 1 || a.status() != AlertStatus.NEW || a.tier() > 0 ? "Update" : "Alert");
        text(x, "scope", "Restricted");
        text(x, "restriction", "Need-to-know: " + (a.missionId() == null ? "HQ" : "mission " + a.missionId()));
        x.writeStartElement("info");
        text(x, "language", "en");
        text(x, "category", "Security");
        text(x, "event", a.kind().label());
        text(x, "urgency", urgency(a.levelRank()));
        text(x, "severity", severity(a.levelRank()));
        text(x, "certainty", certainty(a.kind()));
        text(x, "senderName", "Vigil");
        text(x, "headline", a.title().length() > 160 ? a.title().substring(0, 157) + "..." : a.title());
        if (!a.detail().isEmpty()) {
            text(x, "description", a.detail() + (a.count() > 1 ? " (" + a.count() + " events grouped)" : ""));
        }
        text(x, "web", properties.baseUrl() + "/alerts/" + a.id());
        x.writeStartElement("area");
        MissionView mission = a.missionId() == null
                ? null
                : missions.find(Scope.all(), a.missionId()).orElse(null);
        if (mission == null) {
            text(x, "areaDesc", a.missionId() == null ? "All monitored sources (HQ)" : a.missionId());
        } else {
            text(x, "areaDesc", mission.name() + ", " + mission.city() + " (" + mission.hostCountry() + ")");
            if (mission.lat() != null && mission.lon() != null) {
                // a circle of 1 km around the premises: "lat,lon radius-km"
                text(x, "circle", String.format(Locale.ROOT, "%.5f,%.5f 1.0", mission.lat(), mission.lon()));
            }
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    static String severity(int rank) {
        return switch (rank) {
            case 4 -> "Extreme";
            case 3 -> "Severe";
            case 2 -> "Moderate";
            default -> "Minor";
        };
    }

    static String urgency(int rank) {
        return rank >= 3 ? "Immediate" : rank == 2 ? "Expected" : "Future";
    }

    static String certainty(AlertKind kind) {
        return switch (kind) {
            case INCIDENT, SOURCE_DOWN, MEASURE_OVERDUE -> "Observed";
            case THREAT, RISK_RAISED, APPEARANCE, PERSON_OF_INTEREST -> "Likely";
            case SURGE -> "Possible";
        };
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
