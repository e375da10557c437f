package org.vigil.measures;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vigil.incidents.IncidentOpened;
import org.vigil.risk.RiskInputsChanged;

/**
 * Collects the events of the measures and incidents modules as another module receives them: after the
 * transaction that published them committed. Shared by their API tests, which share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedEvents {

    private final List<Object> received = new CopyOnWriteArrayList<>();

    public <T> List<T> of(Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @TransactionalEventListener
    void on(RiskInputsChanged event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(IncidentOpened event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(MeasureOverdue event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(org.vigil.appearances.AppearanceThreatened event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(org.vigil.appearances.AppearanceUnready event) {
        received.add(event);
    }
}
