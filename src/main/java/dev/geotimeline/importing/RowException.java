package dev.geotimeline.importing;

/** Why one row of a dataset file cannot become an event, naming the column at fault. */
public final class RowException extends RuntimeException {

    private final String field;

    public RowException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
