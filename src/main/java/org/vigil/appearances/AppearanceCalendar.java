package org.vigil.appearances;

import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) feed of a mission's appearances, made with ical4j: one VEVENT an appearance, its start
 * and end in UTC, the venue as LOCATION and GEO, the risk and readiness in CATEGORIES and DESCRIPTION, and a link
 * to its page.
 */
@Component
class AppearanceCalendar {

    private final String baseUrl;

    AppearanceCalendar(@Value("${vigil.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String feed(String missionId, List<AppearanceSummary> appearances) {
        Calendar calendar = new Calendar()
                .withProdId("-//Vigil//Appearances " + missionId + "//EN")
                .withDefaults()
                .getFluentTarget();
        for (AppearanceSummary a : appearances) {
            VEvent event = new VEvent(a.startsAt(), a.endsAt(), a.title());
            event.withProperty(new Uid("appearance-" + a.id() + "@vigil"));
            String place = a.venueName()
                    + (a.venueAddress() == null ? "" : ", " + a.venueAddress())
                    + (a.city() == null ? "" : ", " + a.city());
            event.withProperty(new Location(place));
            event.withProperty(new Geo(java.math.BigDecimal.valueOf(a.lat()), java.math.BigDecimal.valueOf(a.lon())));
            String risk = a.riskLevel() == null ? "not assessed" : a.riskLevel().name() + " (" + a.riskScore() + ")";
            event.withProperty(new Description(a.personName() + " \u2014 "
                    + a.kind().label() + ", "
                    + a.publicity().label().toLowerCase() + (a.host() == null ? "" : ", host: " + a.host())
                    + ". Risk " + risk + "; advance " + a.readiness().label().toLowerCase() + ". Local time zone: "
                    + a.timeZone() + "."));
            event.withProperty(new Categories(
                    "Risk " + (a.riskLevel() == null ? "unknown" : a.riskLevel().name())));
            event.withProperty(new Url(java.net.URI.create(baseUrl + "/appearances/" + a.id())));
            calendar = calendar.withComponent(event).getFluentTarget();
        }
        return calendar.toString();
    }
}
