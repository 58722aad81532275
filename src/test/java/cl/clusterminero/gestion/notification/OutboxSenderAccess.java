package cl.clusterminero.gestion.notification;

import org.springframework.context.ApplicationContext;

/** Lets tests of other packages (the benchmarks) run the package-private sender. */
public final class OutboxSenderAccess {

    private OutboxSenderAccess() {
    }

    public static int sendDue(ApplicationContext context) {
        return context.getBean(OutboxSender.class).sendDue();
    }
}
