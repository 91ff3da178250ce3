package nl.techniekpact.cms.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body: one file part named {@code jar}, or any file and text fields. */
public record Multipart(String boundary, byte[] body) {

  /** A form of one file part and text fields, in the order given. */
  public static Multipart form(
      String fileField, String fileName, String type, byte[] file, String... nameValuePairs) {
    String boundary = "----cms-it-" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (file != null) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + type
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + nameValuePairs[i]
                  + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                  + nameValuePairs[i + 1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return new Multipart(boundary, out.toByteArray());
  }

  static Multipart withJar(String fileName, byte[] jar) {
    return form("jar", fileName, "application/java-archive", jar);
  }

  /** The Content-Type header of this body. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }
}
