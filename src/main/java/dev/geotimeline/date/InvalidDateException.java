package dev.geotimeline.date;

/** A date text that cannot be parsed or resolved; the message is a user-facing English sentence. */
public class InvalidDateException extends RuntimeException {

    public InvalidDateException(String message) {
        super(message);
    }
}
