package nl.techniekpact.cms.it;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * An HTTP client for the suite's TLS listener, which has Payara's self-signed certificate: trusts
 * any certificate and skips host name checks. Tests only.
 */
final class TrustingClient {

  static final HttpClient HTTP = create();

  private TrustingClient() {}

  private static HttpClient create() {
    try {
      TrustManager trustAll =
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          };
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      SSLParameters parameters = new SSLParameters();
      parameters.setEndpointIdentificationAlgorithm(null);
      return HttpClient.newBuilder().sslContext(context).sslParameters(parameters).build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
