package org.vigil.interest;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.Scope;

/**
 * A person of interest's case file as a PDF (template {@code templates/interest/case-file.html}, DejaVu fonts
 * embedded so that Cyrillic or Turkish names print): the accounts and why each is on the record, the targets by
 * name, the escalation as stored, the timeline and the notes, as the reader may see them. It can go with a request
 * to the host state; its export is audited because it leaves the system with it.
 */
@Component
class PoiCaseFile {

    private final PoiCasework casework;
    private final PoiNames names;
    private final ITemplateEngine templates;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.vigil.shared.web.Times times;

    PoiCaseFile(
            PoiCasework casework,
            PoiNames names,
            ITemplateEngine templates,
            AuditTrail audit,
            Clock clock,
            org.vigil.shared.web.Times times) {
        this.times = times;
        this.casework = casework;
        this.names = names;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    String html(Scope scope, PoiCase c, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(Map.of(
                "c", c,
                "p", c.person(),
                "targets", names.targets(scope, c.person()),
                "generated", clock.instant(),
                "time", times));
        return templates.process("interest/case-file", context);
    }

    /** The case file as the reader may see it (404 outside their missions); the export is one audit entry. */
    @Transactional
    ResponseEntity<byte[]> export(Scope scope, long id) {
        PoiCase c = casework.find(scope, id);
        byte[] pdf = pdf(html(scope, c, LocaleContextHolder.getLocale()));
        audit.record("EXPORT", PersonsOfInterest.ENTITY, Long.toString(id), null, Map.of("caseFile", pdf.length));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("case-file-person-of-interest-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> PoiCaseFile.class.getResourceAsStream("/fonts/DejaVuSerif.ttf"),
                    "DejaVu Serif",
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> PoiCaseFile.class.getResourceAsStream("/fonts/DejaVuSerif-Bold.ttf"),
                    "DejaVu Serif",
                    700,
                    FontStyle.NORMAL,
                    true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render a case file as PDF", e);
        }
    }
}
