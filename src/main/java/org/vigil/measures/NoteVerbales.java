package org.vigil.measures;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.Countries;
import org.vigil.registry.CountryView;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.Scope;

/**
 * Renders a request to the host state as a note verbale: printable HTML from the template
 * {@code templates/measures/note-verbale.html} in the request's language, and the same HTML as a PDF with
 * embedded DejaVu fonts (Cyrillic, Turkish and French letters print without any font of the machine).
 */
@Component
class NoteVerbales {

    private final ITemplateEngine templates;
    private final Missions missions;
    private final Countries countries;
    private final AuditTrail audit;

    NoteVerbales(ITemplateEngine templates, Missions missions, Countries countries, AuditTrail audit) {
        this.templates = templates;
        this.missions = missions;
        this.countries = countries;
        this.audit = audit;
    }

    /** The wording of the note, filled from the mission, the host state and the request. */
    Map<String, Object> model(HostRequestView r) {
        MissionView mission = missions.get(Scope.all(), r.missionId());
        NoteLanguage l = r.language();
        String sending = countryName(mission.sendingCountry(), l);
        String host = countryName(mission.hostCountry(), l);
        String missionName =
                l == NoteLanguage.EN && !mission.name().startsWith("The ") ? "The " + mission.name() : mission.name();
        String sender = l.sender(mission.kind(), sending, missionName);
        String senderShort = l.senderShort(mission.kind());
        boolean consular = NoteLanguage.consular(mission.kind());
        Map<String, Object> m = new HashMap<>();
        m.put("lang", l.lang());
        m.put("title", l.title());
        m.put("reference", l.reference() + " " + r.reference());
        m.put("compliments", l.compliments(sender, l.ministry(host)));
        m.put("threat", r.threat());
        m.put("personsIntro", r.persons().isEmpty() ? null : l.persons());
        m.put("persons", r.persons());
        m.put("accountsIntro", r.accounts().isEmpty() ? null : l.accounts());
        m.put("accounts", r.accounts());
        m.put("duty", l.duty(consular));
        m.put("convention", consular ? "VCCR Art. 31(3), 40" : "VCDR Art. 22(2), 29");
        m.put("request", l.request(senderShort));
        m.put("measures", r.measuresAsked());
        m.put("informed", l.informed(senderShort));
        m.put("closing", l.closing(senderShort));
        m.put("place", (mission.city() == null ? "" : mission.city() + ", ") + l.date(r.noteDate()));
        m.put("addressee", l.ministry(host));
        return m;
    }

    private String countryName(String code, NoteLanguage l) {
        CountryView c = countries.find(code).orElse(null);
        if (c == null) {
            return code;
        }
        String local = c.names() == null ? null : c.names().get(l.iso3());
        return local != null && !local.isBlank() ? local : c.name();
    }

    String html(HostRequestView r) {
        Context context = new Context();
        context.setVariables(model(r));
        return templates.process("measures/note-verbale", context);
    }

    /**
     * The note as a PDF answer, shown inline and named after the request and its language, for the page and the API
     * alike; the export is audited because the note leaves the system with it.
     */
    ResponseEntity<byte[]> pdfExport(HostRequestView r) {
        byte[] pdf = pdf(r);
        audit.record("EXPORT", "HOST_REQUEST", String.valueOf(r.id()), null, null);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("note-verbale-" + r.id() + "-"
                                        + r.language().lang() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    byte[] pdf(HostRequestView r) {
        String html = html(r);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> NoteVerbales.class.getResourceAsStream("/fonts/DejaVuSerif.ttf"),
                    "DejaVu Serif",
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> NoteVerbales.class.getResourceAsStream("/fonts/DejaVuSerif-Bold.ttf"),
                    "DejaVu Serif",
                    700,
                    FontStyle.NORMAL,
                    true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the note verbale of request " + r.id() + " as PDF", e);
        }
    }
}
