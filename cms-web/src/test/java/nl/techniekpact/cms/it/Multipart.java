package nl.techniekpact.cms.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file part named {@code jar}. */
record Multipart(String boundary, byte[] body) {

  static Multipart withJar(String fileName, byte[] jar) {
    String boundary = "----cms-it-" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"jar\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/java-archive\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(jar);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return new Multipart(boundary, out.toByteArray());
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }
}
