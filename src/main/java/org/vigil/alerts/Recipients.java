package org.vigil.alerts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vigil.accounts.AccountDirectory;
import org.vigil.accounts.AccountDirectory.Contact;
import org.vigil.shared.Role;

/**
 * Who an alert goes to. Tier 0, when it is raised: the mission's security officers and head of mission, and the
 * HQ analysts (for an alert bound to no mission, such as a source down: HQ analysts and administrators). Tier 1,
 * when nobody acknowledged it in the rule's time: the HQ security directors. Mission roles are only ever chosen for
 * their own missions (the directory filters by the account's missions), so an alert never reaches anyone outside it.
 */
@Component
class Recipients {

    static final int RAISED = 0;
    static final int ESCALATED = 1;

    private final AccountDirectory directory;

    Recipients(AccountDirectory directory) {
        this.directory = directory;
    }

    List<Contact> at(int tier, String missionId) {
        return directory.responsibleFor(missionId, roles(tier, missionId));
    }

    static Set<Role> roles(int tier, String missionId) {
        if (tier >= ESCALATED) {
            return EnumSet.of(Role.HQ_DIRECTOR);
        }
        return missionId == null
                ? EnumSet.of(Role.HQ_ANALYST, Role.ADMIN)
                : EnumSet.of(Role.MISSION_OFFICER, Role.HEAD_OF_MISSION, Role.HQ_ANALYST);
    }
}
