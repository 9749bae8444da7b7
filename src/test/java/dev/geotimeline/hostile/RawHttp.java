package dev.geotimeline.hostile;

import dev.geotimeline.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Minimal HTTP/1.1 client writing the request bytes exactly as given (for malformed URLs and bodies). */
final class RawHttp {

    record Reply(int status, String contentType, String body) {
        Response asResponse() {
            ResponseBuilder builder =
                    new ResponseBuilder().setStatusCode(status).setBody(body).setStatusLine("HTTP/1.1 " + status);
            if (contentType != null) {
                builder.setContentType(contentType);
            }
            return builder.build();
        }
    }

    private RawHttp() {}

    static Reply get(String target) throws Exception {
        return send(
                "GET " + target
                        + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n",
                new byte[0]);
    }

    static Reply post(String target, String contentType, byte[] body) throws Exception {
        String head = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Authorization: Bearer " + Tokens.editorToken() + "\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        return send(head, body);
    }

    private static Reply send(String head, byte[] body) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String headers = split < 0 ? text : text.substring(0, split);
            String rest = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(headers.substring(9, 12));
            String contentType = null;
            boolean chunked = false;
            for (String line : headers.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                }
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            return new Reply(status, contentType, chunked ? dechunk(rest) : rest);
        }
    }

    private static String dechunk(String rest) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < rest.length()) {
            int eol = rest.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(rest.substring(i, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes are bytes; bodies here are JSON, re-encode to count precisely
            byte[] bytes = rest.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(bytes, 0, Math.min(size, bytes.length), StandardCharsets.UTF_8);
            b.append(chunk);
            i = eol + 2 + chunk.length() + 2;
        }
        return b.toString();
    }
}
