package org.vigil.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Positions against the Natural Earth outlines: inside, on a shore the 1:50m outline misses, at sea, abroad. */
@SpringBootTest
class CountryBordersTest {

    @Autowired
    CountryBorders borders;

    @Test
    void aPositionIsInItsCountryOnItsShoreButNotAtSeaOrAbroad() {
        assertThat(borders.contains("TR", 39.9334, 32.8597)).contains(true); // Ankara
        assertThat(borders.contains("TR", 41.0392, 29.0007)).contains(true); // a Bosphorus quay in Istanbul
        assertThat(borders.contains("TR", 42.6, 34.2)).contains(false); // the Black Sea, 60 km off the coast
        assertThat(borders.contains("TR", 37.9838, 23.7275)).contains(false); // Athens
        assertThat(borders.contains("GR", 37.9838, 23.7275)).contains(true);
        assertThat(borders.contains("AF", 34.5553, 69.2075)).contains(true); // Kabul: numeric code 004
        assertThat(borders.contains("XX", 0, 0)).isEmpty();
    }
}
