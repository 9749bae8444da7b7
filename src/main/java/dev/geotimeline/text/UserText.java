package dev.geotimeline.text;

/** Quotes user input safely inside error messages. */
public final class UserText {

    public static final int MAX_QUOTED_CODE_POINTS = 40;

    private UserText() {}

    /** Single-quoted, cut to 40 characters, with control characters made visible so messages stay one clean line. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder("'");
        int count = 0;
        for (int offset = 0; offset < text.length(); count++) {
            int codePoint = text.codePointAt(offset);
            if (count == MAX_QUOTED_CODE_POINTS) {
                return quoted.append("…'").toString();
            }
            quoted.appendCodePoint(isInvisible(codePoint) ? '\uFFFD' : codePoint);
            offset += Character.charCount(codePoint);
        }
        return quoted.append('\'').toString();
    }

    public static int lengthInCodePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
