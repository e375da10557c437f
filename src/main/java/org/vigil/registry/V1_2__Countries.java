package org.vigil.registry;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the ISO 3166-1 countries (src/main/resources/registry/countries.tsv, from mledoze/countries, ODbL) into the
 * country table. A Flyway Java migration (hence the name), so that every database has the same reference data at
 * the same version.
 */
@Component
class V1_2__Countries extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var in = getClass().getResourceAsStream("/registry/countries.tsv");
        if (in == null) {
            throw new IllegalStateException("registry/countries.tsv is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                PreparedStatement insert = context.getConnection()
                        .prepareStatement(
                                "INSERT INTO country (code, alpha3, numeric_code, name, official_name, region, subregion,"
                                        + " capital, lat, lon, names, status, version)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0)")) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                for (int i = 0; i < 8; i++) {
                    insert.setString(i + 1, f[i].isEmpty() ? null : f[i]);
                }
                insert.setObject(9, f[8].isEmpty() ? null : Double.valueOf(f[8]), java.sql.Types.DOUBLE);
                insert.setObject(10, f[9].isEmpty() ? null : Double.valueOf(f[9]), java.sql.Types.DOUBLE);
                insert.setString(11, f[10]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
