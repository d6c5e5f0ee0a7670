package vn.hailong.api.support;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * How citizens and kiosks reach the platform ({@code hailong.web}, defaults in application.yml).
 *
 * @param publicUrl the address in QR codes and setup links; empty: this server's own address
 * @param trustedProxies addresses of the reverse proxies whose X-Forwarded-For is believed
 *     (comma-separated); empty: none, every client is the connection's own address
 */
@ConfigurationProperties("hailong.web")
public record WebSettings(@Nullable String publicUrl, @Nullable String trustedProxies) {
  public WebSettings {
    publicUrl = publicUrl == null ? "" : publicUrl.strip();
    trustedProxies = trustedProxies == null ? "" : trustedProxies.strip();
    if (!publicUrl.isEmpty()) {
      URI uri = URI.create(publicUrl);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException(
            "HAILONG_PUBLIC_URL must be an http or https address, got '" + publicUrl + "'");
      }
    }
  }
}
