package org.vigil.briefing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.vigil.audit.AuditTrail;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.Scope;

/**
 * Generates, keeps and reads briefings. A mission briefing may be generated and read by whoever may see the mission;
 * the HQ briefing (every mission) only by unrestricted users. The HTML is rendered once from the
 * {@code briefing/document} template with every {@link BriefingSection} contributor's section and stored; the PDF is
 * rendered from that same HTML, so both always say the same.
 */
@Service
public class Briefings {

    static final Duration PERIOD = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(Briefings.class);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final List<BriefingSection> contributors;
    private final ITemplateEngine templates;
    private final Missions missions;
    private final AuditTrail audit;
    private final Clock clock;

    Briefings(
            JdbcClient jdbc,
            List<BriefingSection> contributors,
            ITemplateEngine templates,
            Missions missions,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(BriefingSection::order))
                .toList();
        this.templates = templates;
        this.missions = missions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored briefing without its document, for lists. */
    public record BriefingInfo(
            long id,
            String missionId,
            String title,
            Instant periodFrom,
            Instant periodTo,
            Instant generatedAt,
            String generatedBy) {}

    /**
     * Generates the briefing for a mission ({@code null}: HQ) over the day up to now.
     *
     * @throws NotFoundException when the scope may not see the mission, or the HQ briefing for a scoped caller
     */
    @Transactional
    public BriefingInfo generate(Scope scope, String missionId, String by) {
        Instant to = clock.instant();
        Instant from = to.minus(PERIOD);
        String title;
        List<String> covered;
        if (missionId == null) {
            if (!scope.unrestricted()) {
                throw new NotFoundException("briefing", "HQ");
            }
            covered = missions.all(Scope.all()).stream().map(MissionView::id).toList();
            title = "HQ daily briefing";
        } else {
            MissionView mission = missions.get(scope, missionId);
            covered = List.of(mission.id());
            title = "Daily briefing: " + mission.name();
        }
        BriefingSection.Request request = new BriefingSection.Request(missionId, covered, from, to);
        List<BriefingSection.Section> sections = new ArrayList<>();
        for (BriefingSection contributor : contributors) {
            try {
                contributor.contribute(request).ifPresent(sections::add);
            } catch (RuntimeException e) {
                // one broken contributor must not cost the whole briefing; say so in it
                log.warn(
                        "Briefing section {} failed: {}", contributor.getClass().getSimpleName(), e.toString());
                sections.add(new BriefingSection.Section(
                        contributor.getClass().getSimpleName(),
                        "This section could not be produced: " + e.getMessage(),
                        List.of(),
                        List.of(),
                        "Not available."));
            }
        }
        List<BriefingSection.Summary> summary = new ArrayList<>();
        for (BriefingSection contributor : contributors) {
            try {
                summary.addAll(contributor.summary(request));
            } catch (RuntimeException e) {
                log.warn(
                        "Briefing summary of {} failed: {}",
                        contributor.getClass().getSimpleName(),
                        e.toString());
            }
        }
        summary.sort(java.util.Comparator.comparingInt(BriefingSection.Summary::order));
        Context context = new Context();
        context.setVariable("summary", summary);
        context.setVariables(Map.of(
                "title",
                title,
                "period",
                DAY.format(from) + " \u2013 " + DAY.format(to),
                "generatedBy",
                by,
                "sections",
                sections,
                "missionCount",
                covered.size()));
        String html = templates.process("briefing/document", context);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO briefing (mission_id, title, period_from, period_to, generated_at, generated_by, html)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(missionId, title, ts(from), ts(to), ts(to), by, html)
                .update(key, "id");
        BriefingInfo info = new BriefingInfo(key.getKey().longValue(), missionId, title, from, to, to, by);
        audit.record(
                "GENERATE",
                "BRIEFING",
                Long.toString(info.id()),
                null,
                Map.of("mission", String.valueOf(missionId), "title", title, "sections", sections.size()));
        return info;
    }

    /** The briefings the scope may read, newest first. */
    public List<BriefingInfo> list(Scope scope, int limit) {
        if (!scope.unrestricted() && scope.missionIds().isEmpty()) {
            return List.of();
        }
        String where = scope.unrestricted() ? "" : " WHERE mission_id IN (:missions)";
        var spec = jdbc.sql("SELECT id, mission_id, title, period_from, period_to, generated_at, generated_by "
                        + "FROM briefing" + where + " ORDER BY generated_at DESC, id DESC LIMIT :limit")
                .param("limit", limit);
        if (!scope.unrestricted()) {
            spec = spec.param("missions", scope.sortedMissionIds());
        }
        return spec.query((rs, n) -> new BriefingInfo(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getString(7)))
                .list();
    }

    public Optional<BriefingInfo> find(Scope scope, long id) {
        return jdbc.sql("SELECT id, mission_id, title, period_from, period_to, generated_at, generated_by "
                        + "FROM briefing WHERE id = ?")
                .param(id)
                .query((rs, n) -> new BriefingInfo(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getString(7)))
                .optional()
                .filter(b -> scope.permits(b.missionId()));
    }

    /** The stored HTML, or a 404 when the scope may not read the briefing. */
    public String html(Scope scope, long id) {
        find(scope, id).orElseThrow(() -> new NotFoundException("briefing", Long.toString(id)));
        return jdbc.sql("SELECT html FROM briefing WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** The PDF rendered from the stored HTML, with an embedded font that covers Cyrillic, Greek and Latin. */
    public byte[] pdf(Scope scope, long id) {
        String html = html(scope, id);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> Briefings.class.getResourceAsStream("/fonts/DejaVuSerif.ttf"),
                    "DejaVu Serif",
                    400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> Briefings.class.getResourceAsStream("/fonts/DejaVuSerif-Bold.ttf"),
                    "DejaVu Serif",
                    700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("rendering briefing " + id + " as PDF failed", e);
        }
    }

    private static OffsetDateTime ts(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
