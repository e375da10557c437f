package org.vigil.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditTrail;
import org.vigil.shared.ConflictException;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The ISO 3166-1 countries with their names in many languages: reference data, visible to every user. */
@Service
@Transactional(readOnly = true)
public class Countries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Validation validation;

    Countries(JdbcClient jdbc, AuditTrail audit, @Lazy Validation validation) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.validation = validation;
    }

    /**
     * One page of countries ordered by name. {@code q} matches the code, the English names or a name in any
     * language; {@code region} the continent (Africa, Americas, Asia, Europe, Oceania, Antarctic).
     */
    public PageResult<CountryView> list(String q, String region, boolean includeRetired, PageRequest page) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            clauses.add("(LOWER(code) = :exact OR LOWER(alpha3) = :exact OR LOWER(name) LIKE :q"
                    + " OR LOWER(official_name) LIKE :q OR LOWER(names) LIKE :q)");
            params.put("exact", q.strip().toLowerCase(Locale.ROOT));
            params.put("q", "%" + Missions.likeEscape(q.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (region != null && !region.isBlank()) {
            clauses.add("LOWER(region) = :region");
            params.put("region", region.strip().toLowerCase(Locale.ROOT));
        }
        if (!includeRetired) {
            clauses.add("status <> 'RETIRED'");
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        long total = jdbc.sql("SELECT COUNT(*) FROM country" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<CountryView> items = jdbc.sql("SELECT * FROM country" + where + " ORDER BY name, code LIMIT " + page.size()
                        + " OFFSET " + page.offset())
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public Optional<CountryView> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM country WHERE code = :c")
                .param("c", code.toUpperCase(Locale.ROOT))
                .query((rs, n) -> row(rs))
                .optional();
    }

    public CountryView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("country", code));
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM country WHERE code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every country's English common name by code, for pages. */
    public Map<String, String> namesByCode() {
        Map<String, String> out = new TreeMap<>();
        jdbc.sql("SELECT code, name FROM country")
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    @Transactional
    public CountryView create(CountryCommand c) {
        validation.check(c);
        if (exists(c.code())) {
            throw new ConflictException("a country with code \"" + c.code() + "\" already exists");
        }
        jdbc.sql(
                        "INSERT INTO country (code, alpha3, name, official_name, region, subregion, capital, names, status, version)"
                                + " VALUES (:code, :alpha3, :name, :official, :region, :subregion, :capital, :names, 'ACTIVE', 0)")
                .params(params(c))
                .update();
        CountryView after = get(c.code());
        audit.record("CREATE", "COUNTRY", c.code(), null, after);
        return after;
    }

    @Transactional
    public CountryView update(String code, CountryCommand c) {
        CountryView before = get(code);
        if (!before.code().equals(c.code())) {
            throw new org.vigil.shared.InvalidInputException("code", "does not match the country in the path");
        }
        validation.check(c);
        jdbc.sql(
                        "UPDATE country SET alpha3 = :alpha3, name = :name, official_name = :official, region = :region,"
                                + " subregion = :subregion, capital = :capital, names = :names, version = version + 1 WHERE code = :code")
                .params(params(c))
                .update();
        CountryView after = get(code);
        audit.record("UPDATE", "COUNTRY", code, before, after);
        return after;
    }

    @Transactional
    public CountryView retire(String code) {
        CountryView before = get(code);
        if ("RETIRED".equals(before.status())) {
            throw new ConflictException("country \"" + code + "\" is already retired");
        }
        jdbc.sql("UPDATE country SET status = 'RETIRED', version = version + 1 WHERE code = :c")
                .param("c", before.code())
                .update();
        CountryView after = get(code);
        audit.record("RETIRE", "COUNTRY", before.code(), before, after);
        return after;
    }

    private static Map<String, Object> params(CountryCommand c) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", c.code());
        p.put("alpha3", c.alpha3());
        p.put("name", c.name());
        p.put("official", c.officialName());
        p.put("region", c.region());
        p.put("subregion", c.subregion());
        p.put("capital", c.capital());
        p.put("names", JSON.writeValueAsString(new TreeMap<>(c.names())));
        return p;
    }

    private static CountryView row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String names = rs.getString("names");
        Map<String, String> parsed = names == null || names.isBlank()
                ? Map.of()
                : JSON.readValue(names, new TypeReference<TreeMap<String, String>>() {});
        return new CountryView(
                rs.getString("code"),
                rs.getString("alpha3"),
                rs.getString("numeric_code"),
                rs.getString("name"),
                rs.getString("official_name"),
                rs.getString("region"),
                rs.getString("subregion"),
                rs.getString("capital"),
                (Double) rs.getObject("lat", Double.class),
                rs.getObject("lon", Double.class),
                parsed,
                rs.getString("status"));
    }
}
