package org.vigil.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A roles or missions claim may come as a JSON array or as one string of names; both give the same list. */
class OidcClaimsTest {

    @Test
    void anArrayClaimGivesItsNonBlankEntries() {
        assertThat(OidcSignIn.values(List.of("MISSION_OFFICER", " ", "ru-embassy-ankara ")))
                .containsExactly("MISSION_OFFICER", "ru-embassy-ankara");
    }

    @Test
    void aStringClaimIsSplitOnSpacesAndCommas() {
        assertThat(OidcSignIn.values("HQ_ANALYST, AUDITOR  ADMIN")).containsExactly("HQ_ANALYST", "AUDITOR", "ADMIN");
    }

    @Test
    void aMissingClaimIsEmpty() {
        assertThat(OidcSignIn.values(null)).isEmpty();
    }
}
