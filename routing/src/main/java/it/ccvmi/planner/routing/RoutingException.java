package it.ccvmi.planner.routing;

/** Routing could not produce trustworthy travel times; the message says which sites and why. */
public class RoutingException extends RuntimeException {

    public RoutingException(String message) {
        super(message);
    }

    public RoutingException(String message, Throwable cause) {
        super(message, cause);
    }
}
