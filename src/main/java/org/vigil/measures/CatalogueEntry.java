package org.vigil.measures;

import java.util.Set;
import org.vigil.risk.RiskCategory;
import org.vigil.shared.Role;

/**
 * A measure of the catalogue. {@code approverRoles} are the roles whose holders may approve it and
 * {@code approvalsRequired} how many distinct people must; {@code reduction} is the fraction (0 to 1) of the
 * {@code mitigates} categories' risk score that the measure, once implemented, removes.
 */
public record CatalogueEntry(
        String code,
        String name,
        String category,
        String description,
        CostClass costClass,
        Set<Role> approverRoles,
        int approvalsRequired,
        Set<RiskCategory> mitigates,
        double reduction,
        boolean active,
        int position,
        int version) {

    public CatalogueEntry {
        approverRoles = Set.copyOf(approverRoles);
        mitigates = Set.copyOf(mitigates);
    }

    public boolean needsTwoPeople() {
        return approvalsRequired >= 2;
    }
}
