package org.vigil.risk.assess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.assess.BaselineFactor.Baseline;

/**
 * Demo country baselines (demo/risk-baselines.csv) for the demo missions' host states, set once when no baseline
 * exists for a country. Their source column says what they are: an illustration, not an official assessment.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoBaselines implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBaselines.class);
    private final RiskStore store;
    private final Clock clock;

    DemoBaselines(RiskStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int set = 0;
        try (InputStream in = DemoBaselines.class.getResourceAsStream("/demo/risk-baselines.csv")) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // country,TARGETED_THREATS,TERRORISM,POLITICAL_VIOLENCE,ARMED_CONFLICT,CRIME,source_date,source
                String[] f = line.split(",", 8);
                String country = f[0].strip();
                if (!store.baselines(country).isEmpty()) {
                    continue;
                }
                RiskCategory[] order = RiskCategory.values();
                for (int i = 0; i < order.length; i++) {
                    store.saveBaseline(
                            new Baseline(
                                    country,
                                    order[i],
                                    Integer.parseInt(f[i + 1].strip()),
                                    f[7].strip(),
                                    LocalDate.parse(f[6].strip()),
                                    null,
                                    "demo"),
                            clock.instant());
                }
                set++;
            }
            if (header == null) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (set > 0) {
            log.info("Demo risk baselines set for {} countries", set);
        }
    }
}
