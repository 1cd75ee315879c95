package leakbench.listeners;

/** Receives an event; returns a value so that dispatch loops have a result to consume. */
@FunctionalInterface
interface Listener {
    int onEvent(int event);
}
